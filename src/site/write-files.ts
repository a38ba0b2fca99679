import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {compareStrings} from '../archive/compare.js'

/** Files written (or read) at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const writeBatch = 64

/**
 * Writes site-path -> content files under `outDir`, refusing any path that would leave it. The files are taken
 * from `files` a batch at a time, so a generator never has all of a large archive's files in memory at once.
 */
export async function writeSiteFiles(outDir: string, files: Iterable<readonly [string, string]>): Promise<void> {
  const made = new Set<string>()
  const iterator = files[Symbol.iterator]()
  for (let done = false; !done; ) {
    const batch: Array<{target: string; content: string}> = []
    while (batch.length < writeBatch) {
      const next = iterator.next()
      if (next.done) {
        done = true
        break
      }
      const [path, content] = next.value
      const target = join(outDir, ...path.split('/').filter((part) => part !== ''))
      const inside = relative(outDir, target)
      if (inside === '' || inside.startsWith('..')) throw new Error(`Unexpected site path \`${path}\`, expected one inside the output`)
      batch.push({target, content})
    }
    // Each folder made once; then the batch's files written together: one awaited write per file is mostly waiting.
    for (const folder of new Set(batch.map(({target}) => dirname(target)))) {
      if (made.has(folder)) continue
      await mkdir(folder, {recursive: true})
      made.add(folder)
    }
    await Promise.all(batch.map(({target, content}) => writeFile(target, content)))
  }
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

/** Site paths of the indexable pages among `pages` (no 404, none marked `noindex`), as `/a/b/` for `a/b/index.html`, sorted. */
export function indexablePaths(pages: readonly WrittenPage[]): string[] {
  return pages
    .filter(({path, html}) => path.endsWith('.html') && path !== '404.html' && !/<meta name="robots" content="noindex">/.test(html))
    .map(({path}) => path)
    .sort(compareStrings)
    .map((path) => '/' + path.replace(/(^|\/)index\.html$/, '$1'))
}

/** Site paths of the indexable HTML pages under `outDir`, read back from disk (see {@link indexablePaths}). */
export async function indexablePages(outDir: string): Promise<string[]> {
  const files = (await listFiles(outDir)).filter((file) => file.endsWith('.html'))
  const pages: WrittenPage[] = []
  for (let start = 0; start < files.length; start += writeBatch) {
    const batch = files.slice(start, start + writeBatch)
    const htmls = await Promise.all(batch.map((file) => readFile(join(outDir, file), 'utf8')))
    pages.push(...batch.map((path, index) => ({path, html: htmls[index]!})))
  }
  return indexablePaths(pages)
}
