import {readdirSync, readFileSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import {gunzipSync} from 'node:zlib'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** Every file under `folder`, as sorted POSIX paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/**
 * The text a reader or a crawler could get from one output file: its bytes as UTF-8, and for gzip files
 * (Pagefind's index, fragments and filters) the decompressed bytes too.
 */
export function readableText(path: string): string {
  const bytes = readFileSync(path)
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return bytes.toString('utf8') + '\n' + gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
}

/** Undoes one level of XML escaping (the `type="html"` content of a feed is HTML escaped once). */
export function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

const parser = unified().use(rehypeParse)
const activeElements = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'style', 'base', 'link', 'meta'])
const urlProperties = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'srcSet', 'poster', 'data']

/**
 * What in an HTML document runs code or loads active content, parsed as a browser would: scripts (but the
 * site's own search script), frames, SVG and MathML, style elements, forms posting elsewhere, `on*`
 * handlers, script or data URLs, comments. Head elements of the site's own layout are allowed.
 */
export function activeContent(html: string): string[] {
  const found: string[] = []
  visit(parser.parse(html), (node) => {
    if (node.type === 'comment') found.push(`<!--${node.value}-->`)
    if (node.type !== 'element') return
    const {tagName, properties} = node
    const describe = `<${tagName} ${JSON.stringify(properties)}>`
    if (tagName === 'script' && properties['src'] !== '/assets/search.js') found.push(describe)
    if (tagName === 'form' && properties['action'] !== '/search/') found.push(describe)
    const ownHead = (tagName === 'meta' && properties['httpEquiv'] === undefined) || (tagName === 'link' && ['stylesheet', 'alternate'].includes(String(properties['rel'])))
    if (activeElements.has(tagName) && !ownHead) found.push(describe)
    for (const [key, value] of Object.entries(properties)) {
      if (/^on[A-Z]/.test(key)) found.push(describe)
      if (urlProperties.includes(key) && /^\s*(?:javascript|vbscript|data):/i.test(String(value))) found.push(describe)
    }
  })
  return found
}
