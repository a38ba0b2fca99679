import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/**
 * Writes `content` aside (`<target>.<pid>.tmp`), then renames it into place, so a crash never leaves half a file;
 * false (and nothing left behind) when it cannot. For caches, which a failed write only makes slower.
 */
export async function writeAtomically(target: string, content: string): Promise<boolean> {
  const temporary = `${target}.${process.pid}.tmp`
  try {
    await mkdir(dirname(target), {recursive: true})
    await writeFile(temporary, content)
    await rename(temporary, target)
    return true
  } catch {
    await rm(temporary, {force: true}).catch(() => undefined)
    return false
  }
}
