import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'

const parser = unified().use(rehypeParse, {fragment: true})

/** The hast tree of an item's HTML as rehype-parse gives it: what the site's per-meeting outputs are made from. */
export function parseItemHtml(html: string): Root {
  return parser.parse(html)
}

/** Elements whose content is text and phrasing only (the renderer puts nothing else in them). */
const phrasingOnly = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'th', 'td'])

/** Phrasing elements the renderer makes; none of them makes the HTML parser restructure its neighbours. */
const phrasing = new Set(['a', 'br', 'code', 'del', 'em', 'img', 'input', 'strong', 'sup'])

/** Elements that may hold blocks and phrasing alike. */
const flowContainers = new Set(['blockquote', 'li', 'section'])

/** Block elements allowed inside a flow container. */
const blocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'pre', 'hr', 'table', 'section'])

/** Elements the HTML serialiser writes without content. */
const voids = new Set(['br', 'hr', 'img', 'input'])

/**
 * Containers whose only children are the given elements and whitespace (lists and table parts): the parser moves
 * anything else (text out of tables, rows into an implied `<tbody>`), so such a tree is not taken as it is.
 */
const structured = new Map<string, ReadonlySet<string>>([
  ['ul', new Set(['li'])],
  ['ol', new Set(['li'])],
  ['table', new Set(['thead', 'tbody'])],
  ['thead', new Set(['tr'])],
  ['tbody', new Set(['tr'])],
  ['tr', new Set(['th', 'td'])]
])

/** The HTML parser's input preprocessing and its treatment of U+0000 in text (dropped) and attributes (replaced). */
function parsedText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replaceAll('\0', '')
}

function parsedAttribute(value: string): string {
  return value.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD')
}

/** Properties as they come back from the HTML: absent when false or empty, strings preprocessed; undefined when unsure. */
function parsedProperties(properties: Properties): Properties | undefined {
  const result: Properties = {}
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue
    if (typeof value === 'string') {
      result[key] = parsedAttribute(value)
    } else if (Array.isArray(value)) {
      // A list is written space-separated and split back on whitespace: only plain tokens survive that unchanged.
      if (!value.every((token) => typeof token === 'number' || (token !== '' && !/[\s,]/.test(token)))) return undefined
      result[key] = value
    } else {
      result[key] = value
    }
  }
  return result
}

/** Whether `child` may sit in an element named `parent` (`root` for the fragment) without the parser moving it. */
function allowedChild(parent: string, child: Element, insideLink: boolean): boolean {
  const allowed = structured.get(parent)
  if (allowed !== undefined) return allowed.has(child.tagName)
  if (child.tagName === 'a' && insideLink) return false
  if (phrasing.has(child.tagName)) return true
  if (phrasingOnly.has(parent) || phrasing.has(parent)) return false
  return (parent === 'root' || flowContainers.has(parent)) && blocks.has(child.tagName)
}

/**
 * The children of a node as the parser builds them from their HTML: text preprocessed, empty text gone, adjacent
 * text merged (the sanitiser may leave neighbours where it unwrapped an element), no positions or data.
 * Undefined when some descendant is a shape the parser would rebuild differently.
 */
function parsedChildren(parent: string, children: ReadonlyArray<RootContent | ElementContent>, insideLink: boolean): ElementContent[] | undefined {
  const result: ElementContent[] = []
  const onlyElements = structured.has(parent)
  for (const child of children) {
    if (child.type === 'text') {
      const value = parsedText(child.value)
      // Non-whitespace text in a list or table part would move (tables foster it out), so it is not taken.
      if (onlyElements && !/^[\t\n\f\r ]*$/.test(value)) return undefined
      if (value === '') continue
      const previous = result.at(-1)
      if (previous?.type === 'text') previous.value += value
      else result.push({type: 'text', value})
    } else if (child.type === 'element') {
      if (!allowedChild(parent, child, insideLink)) return undefined
      // `<pre>` drops a line feed right after its start tag; the renderer always opens `<code>` there first.
      if (child.tagName === 'pre' && child.children[0]?.type !== 'element') return undefined
      if (voids.has(child.tagName) && child.children.length > 0) return undefined
      const properties = parsedProperties(child.properties)
      const grandchildren = parsedChildren(child.tagName, child.children, insideLink || child.tagName === 'a')
      if (properties === undefined || grandchildren === undefined) return undefined
      result.push({type: 'element', tagName: child.tagName, properties, children: grandchildren})
    } else {
      // Comments, doctypes and raw nodes never leave the sanitiser; if one did, the HTML route decides.
      return undefined
    }
  }
  return result
}

/**
 * The tree that parsing the stringified (and trimmed) HTML of a sanitised tree gives back, built from the tree
 * itself; undefined when the tree holds a shape the HTML parser would rebuild (a link inside a link, a row
 * outside a table section, text among table rows), so the caller parses the HTML instead.
 */
export function reparsedTree(tree: Root): Root | undefined {
  const children = parsedChildren('root', tree.children, false)
  if (children === undefined) return undefined
  // The item's HTML is trimmed: whitespace at either end of the fragment is gone before it is parsed.
  const first = children[0]
  if (first?.type === 'text') {
    first.value = first.value.trimStart()
    if (first.value === '') children.shift()
  }
  const last = children.at(-1)
  if (last?.type === 'text') {
    last.value = last.value.trimEnd()
    if (last.value === '') children.pop()
  }
  return {type: 'root', children}
}

/**
 * An agenda item's or logistics section's content as the extractor leaves it: its sanitised HTML and, when at
 * hand (`parseMeeting`'s `itemTrees`), the sanitised tree the HTML was stringified from.
 */
export interface ItemContent {
  html: string
  tree?: Root | undefined
}

/**
 * The hast of the content's HTML as the HTML parser gives it, which every output is made from: rebuilt from the
 * sanitised tree when there is one that provably parses back the same, else parsed from the HTML. The outputs of a
 * meeting are then the same bytes whether they are made beside the parse or later from the Meeting alone.
 */
export function itemTree(content: ItemContent): Root {
  const rebuilt = content.tree === undefined || content.html === '' ? undefined : reparsedTree(content.tree)
  return rebuilt ?? parseItemHtml(content.html)
}
