import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

/**
 * The files of a cache that keeps its entries in folders named for their key's first two hex digits
 * (`<folder>/ab/ab12….json`): each file's path and name. A missing or unreadable folder has none.
 */
export async function cacheEntries(folder: string): Promise<Array<{file: string; name: string}>> {
  const entries: Array<{file: string; name: string}> = []
  for (const prefix of (await readdir(folder).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    for (const name of await readdir(join(folder, prefix)).catch(() => [] as string[])) entries.push({file: join(folder, prefix, name), name})
  }
  return entries
}
