import type {Element, Nodes, Root} from 'hast'
import {parseItemHtml} from './item-tree.js'

/** Inline elements whose text runs on into its neighbours; every other element is a break between words. */
const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'
])

/** Appends the text of `node` to `out`, with a line break around block elements so words do not fuse. */
function collect(node: Nodes, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value)
  } else if (node.type === 'element' || node.type === 'root') {
    const block = node.type === 'element' && !phrasing.has((node as Element).tagName)
    if (block) out.push('\n')
    for (const child of node.children) collect(child as Nodes, out)
    if (block) out.push('\n')
  }
}

/** The plain text of a parsed HTML fragment, with whitespace collapsed. */
export function treeToText(tree: Root): string {
  const out: string[] = []
  collect(tree, out)
  return out.join('').replace(/\s+/g, ' ').trim()
}

/** The plain text of an HTML fragment (entities decoded, comments dropped), with whitespace collapsed. */
export function htmlToText(html: string): string {
  return treeToText(parseItemHtml(html))
}
