import {existsSync} from 'node:fs'
import {readdir, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Clears what an interrupted build (killed, or crashed on a full disk) left beside the output `out`:
 * its staging folder `.<name>.building-<pid>` is removed, and a previous site it had moved aside
 * (`.<name>.previous-<pid>`) goes back in place when the output is missing, else is removed, and so is its
 * assembled site input (`.<name>.site-<pid>`). Call it
 * only while holding the output's lock, so every such folder belongs to a build that no longer runs.
 */
export async function clearLeftovers(out: string): Promise<void> {
  const parent = dirname(out)
  const name = basename(out)
  const entries = (await readdir(parent)).sort()
  for (const entry of entries) {
    const path = join(parent, entry)
    if (entry.startsWith(`.${name}.previous-`) && !existsSync(out)) await rename(path, out)
    else if (entry.startsWith(`.${name}.building-`) || entry.startsWith(`.${name}.previous-`) || entry.startsWith(`.${name}.site-`)) await rm(path, {recursive: true, force: true})
  }
}
