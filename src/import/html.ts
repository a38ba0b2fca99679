import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import {normalizeLine} from './decode.js'
import type {ImportNote} from './note.js'
import {readText} from './text.js'

/** What reading an HTML document gives: the Markdown tree, the title it states, and notes. */
export interface HtmlImport {
  tree: Root
  title?: string
  notes: ImportNote[]
}

/** Class the Word style map gives to a paragraph in Word's `Title` style. */
export const documentTitleClass = 'document-title'

function hastText(node: HastContent | ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => hastText(child)).join('')
  return ''
}

/** Takes the document's title out of the page: a Word `Title` paragraph, else `<title>`; the head is dropped. */
function takeTitle(tree: HastRoot): string | undefined {
  let styled: string | undefined
  let head: string | undefined
  visit(tree, 'element', (node, index, parent) => {
    const classes = node.properties['className']
    if (styled === undefined && Array.isArray(classes) && classes.includes(documentTitleClass)) {
      styled = normalizeLine(hastText(node))
      if (parent && index !== undefined) parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (node.tagName === 'head' && parent && index !== undefined) {
      visit(node, 'element', (child) => {
        if (child.tagName === 'title') head = normalizeLine(hastText(child))
      })
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    return undefined
  })
  const title = styled || head
  return title || undefined
}

/** Drops embedded or unresolved images (data: URIs would bloat the file); counts them for a note. */
function dropImages(tree: HastRoot): number {
  let dropped = 0
  visit(tree, 'element', (node, index, parent) => {
    const src = node.properties['src']
    if (node.tagName !== 'img' || !parent || index === undefined) return undefined
    if (typeof src === 'string' && src !== '' && !src.startsWith('data:')) return undefined
    parent.children.splice(index, 1)
    dropped++
    return [SKIP, index]
  })
  return dropped
}

/** Word tables have no header row; the first row becomes one so GFM keeps the table's shape. */
function headerRows(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'table') return
    let hasHeader = false
    visit(node, 'element', (child) => {
      if (child.tagName === 'th' || child.tagName === 'thead') hasHeader = true
    })
    if (hasHeader) return
    let firstRow: Element | undefined
    visit(node, 'element', (child) => {
      if (child.tagName === 'tr' && firstRow === undefined) firstRow = child
    })
    for (const cell of firstRow?.children ?? []) {
      if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th'
    }
  })
}

/** Shifts headings so the shallowest is `##`, the depth the archive's own meetings use for agenda items. */
function normalizeDepths(tree: Root): void {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const top = Math.min(...headings.map((heading) => heading.depth))
  if (headings.length === 0 || top === 2) return
  for (const heading of headings) heading.depth = Math.min(6, Math.max(1, heading.depth - top + 2)) as Heading['depth']
}

/** `**Dara Sok**: text` -> `**Dara Sok:** text`, the label shape the parser reads. */
function colonIntoLabels(tree: Root): void {
  visit(tree, 'paragraph', (node) => {
    const [label, rest] = node.children
    if (label?.type !== 'strong' || rest?.type !== 'text' || !rest.value.startsWith(':')) return
    const last = label.children[label.children.length - 1]
    if (last?.type !== 'text') return
    last.value = `${last.value.trimEnd()}:`
    rest.value = rest.value.slice(1)
  })
}

/** Non-breaking and doubled spaces inside text become single spaces. */
function normalizeSpaces(tree: Root): void {
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/ {2,}/g, ' ')
  })
}

/**
 * A document with neither headings, lists nor tables (minutes typed as plain paragraphs in Word) is read
 * line by line with the plain-text heuristics instead.
 */
function isPlainProse(tree: Root): boolean {
  return tree.children.every((node) => node.type === 'paragraph')
}

/** Reads HTML (a saved web page, or Word converted by mammoth) into a Markdown tree. */
export function readHtml(html: string): HtmlImport {
  const processor = unified().use(rehypeParse).use(rehypeRemark).use(remarkGfm)
  const hast = unified().use(rehypeParse).parse(html)
  const notes: ImportNote[] = []
  let title = takeTitle(hast)
  const images = dropImages(hast)
  headerRows(hast)
  const tree = processor.runSync(hast) as Root
  normalizeSpaces(tree)
  colonIntoLabels(tree)

  const first = tree.children[0]
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  if (title === undefined && first?.type === 'heading' && first.depth === 1 && headings.filter((h) => h.depth === 1).length === 1 && headings.length > 1) {
    // A lone leading `<h1>` names the document, not an agenda item.
    title = normalizeLine(toString(first))
    tree.children.shift()
  }
  if (images > 0) {
    notes.push({
      reason: `Unexpected ${images} embedded image${images === 1 ? '' : 's'}, expected text only: left out; add them by hand if they matter`,
      ruleId: 'import-image'
    })
  }
  if (tree.children.length > 0 && isPlainProse(tree)) {
    const text = tree.children.map((node) => toString(node)).join('\n\n')
    const read = readText(text)
    const found = title ?? read.title
    return {tree: read.tree, ...(found === undefined ? {} : {title: found}), notes: [...notes, ...read.notes]}
  }
  normalizeDepths(tree)
  if (!tree.children.some((node) => node.type === 'heading')) {
    notes.push({
      reason: 'Unexpected document without headings, expected agenda item titles as headings: put `## ` before each item title',
      ruleId: 'import-no-headings'
    })
  }
  return {tree, ...(title === undefined ? {} : {title}), notes}
}
