import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {compareStrings} from '../archive/compare.js'

/** Writes site-path -> content files under `outDir`, refusing any path that would leave it. */
export async function writeSiteFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, content] of [...files].sort((a, b) => compareStrings(a[0], b[0]))) {
    const target = join(outDir, ...path.split('/').filter((part) => part !== ''))
    const inside = relative(outDir, target)
    if (inside === '' || inside.startsWith('..')) throw new Error(`Unexpected site path \`${path}\`, expected one inside the output`)
    await mkdir(dirname(target), {recursive: true})
    await writeFile(target, content)
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

/** Site paths of the indexable HTML pages (no 404, no page marked `noindex`), as `/a/b/` for `a/b/index.html`. */
export async function indexablePages(outDir: string): Promise<string[]> {
  const pages: string[] = []
  for (const file of await listFiles(outDir)) {
    if (!file.endsWith('.html') || file === '404.html') continue
    const html = await readFile(join(outDir, file), 'utf8')
    if (/<meta name="robots" content="noindex">/.test(html)) continue
    pages.push('/' + file.replace(/(^|\/)index\.html$/, '$1'))
  }
  return pages
}
