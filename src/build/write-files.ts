import {readdirSync} from 'node:fs'
import {mkdir, readdir, writeFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {compareStrings} from '../text/compare.js'

/** Files written (or read) at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const writeBatch = 64

/**
 * Writes site-path -> content files under `outDir`, refusing any path that would leave it. Up to {@link writeBatch}
 * files are in flight at once, each taken from `files` when a write ends, so a generator never has all of a large
 * archive's files in memory at once and the disk never waits for the slowest file of a batch.
 */
export async function writeSiteFiles(outDir: string, files: Iterable<readonly [string, string | Uint8Array]>): Promise<void> {
  // Each folder made once: writers of files in the same folder wait for the same mkdir.
  const folders = new Map<string, Promise<unknown>>()
  const iterator = files[Symbol.iterator]()
  let failed = false
  const take = (): {target: string; content: string | Uint8Array} | undefined => {
    const next = failed ? undefined : iterator.next()
    if (!next || next.done) return undefined
    const [path, content] = next.value
    const target = join(outDir, ...path.split('/').filter((part) => part !== ''))
    const inside = relative(outDir, target)
    if (inside === '' || inside.startsWith('..')) throw new Error(`Unexpected site path \`${path}\`, expected one inside the output`)
    return {target, content}
  }
  const writer = async () => {
    try {
      for (let file = take(); file !== undefined; file = take()) {
        const folder = dirname(file.target)
        let made = folders.get(folder)
        if (!made) folders.set(folder, (made = mkdir(folder, {recursive: true})))
        await made
        await writeFile(file.target, file.content)
      }
    } catch (error) {
      failed = true
      throw error
    }
  }
  const settled = await Promise.allSettled(Array.from({length: writeBatch}, writer))
  const failure = settled.find((result) => result.status === 'rejected')
  if (failure) throw failure.reason
}

/**
 * How many files there are under a folder. Synchronous on purpose: the asynchronous recursive listing of a large
 * output is several times slower, and it runs at the end of a build, when nothing else waits for the thread.
 */
export function countFiles(folder: string): number {
  return readdirSync(folder, {withFileTypes: true, recursive: true}).filter((entry) => entry.isFile()).length
}

/** Every file under a folder as POSIX paths relative to it, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareStrings)
}

/** One written page: its path relative to the output (POSIX) and its HTML. */
export interface WrittenPage {
  path: string
  html: string
}

/** Whether a page belongs in the sitemap: HTML, not the 404 page, not marked `noindex`. */
export function isIndexable({path, html}: WrittenPage): boolean {
  return path.endsWith('.html') && path !== '404.html' && !/<meta name="robots" content="noindex">/.test(html)
}

/** Site paths of indexable page files (see {@link isIndexable}), as `/a/b/` for `a/b/index.html`, sorted. */
export function indexablePaths(files: readonly string[]): string[] {
  return [...files].sort(compareStrings).map((path) => '/' + path.replace(/(^|\/)index\.html$/, '$1'))
}
