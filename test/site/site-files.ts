// Helpers for the build tests: manifests of a folder, text of every output file, and a link checker.
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** Every file under a folder, as sorted POSIX paths relative to it. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** `path sha256` lines for every file of a folder: equal manifests mean byte-identical folders. */
export function manifest(folder: string): string {
  return listFiles(folder)
    .map((path) => `${path} ${createHash('sha256').update(readFileSync(join(folder, path))).digest('hex')}`)
    .join('\n')
}

/** The text of an output file; Pagefind's gzipped index files are unpacked first. */
export function readText(folder: string, path: string): string {
  const bytes = readFileSync(join(folder, path))
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
}

const parser = unified().use(rehypeParse)

/** One link that does not resolve: the page it is on and the URL. */
export interface BrokenLink {
  page: string
  url: string
}

/**
 * Checks every internal `href`/`src` of every HTML page of a built site: the target file exists
 * (under `pathPrefix`), and a `#fragment` names an element id on the target page.
 */
export function brokenLinks(folder: string, pathPrefix: string): {checked: number; broken: BrokenLink[]} {
  const files = new Set(listFiles(folder))
  const ids = new Map<string, Set<string>>()
  const links: {page: string; url: string}[] = []
  for (const page of files) {
    if (!page.endsWith('.html')) continue
    const tree = parser.parse(readFileSync(join(folder, page), 'utf8')) as Root
    const pageIds = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id']
      if (typeof id === 'string') pageIds.add(id)
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key]
        if (typeof value === 'string') links.push({page, url: value})
      }
    })
    ids.set(page, pageIds)
  }
  const broken: BrokenLink[] = []
  let checked = 0
  for (const {page, url} of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue
    checked++
    const [pathPart = '', fragment] = url.split('#') as [string, string | undefined]
    let target: string
    if (pathPart === '') {
      target = page
    } else if (pathPart.startsWith('/')) {
      if (!pathPart.startsWith(pathPrefix)) {
        broken.push({page, url})
        continue
      }
      target = decodeURIComponent(pathPart.slice(pathPrefix.length))
      if (target === '' || target.endsWith('/')) target += 'index.html'
    } else {
      broken.push({page, url})
      continue
    }
    if (!files.has(target)) {
      broken.push({page, url})
      continue
    }
    if (fragment !== undefined && fragment !== '' && target.endsWith('.html') && ids.get(target)?.has(decodeURIComponent(fragment)) !== true) {
      broken.push({page, url})
    }
  }
  return {checked, broken}
}
