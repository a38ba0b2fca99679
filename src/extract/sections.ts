import GithubSlugger from 'github-slugger'
import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {AgendaItem} from '../model/meeting.js'
import type {Section} from './context.js'

/**
 * Numbers secretaries put before an item title: `1.`, `4.1`, `4)`, `Item 3:`, `Agenda item 2 -`, `IV.`,
 * a bare `1`; a bare year ("2007 budget review") is part of the title.
 */
const itemNumber =
  /^\s*(?:(?:agenda\s+)?item\s+(\d+(?:\.\d+)*[a-z]?)\s*[:.)\-–—]?|(\d{1,3}(?:\.\d{1,3})+[a-z]?)\.?(?=\s)|(\d{1,3}[a-z]?)[.)](?=\s)|(\d{1,2}[a-z]?)(?=\s)|([IVXLC]+)\.(?=\s))\s*/i

/** Splits a heading text into its item number and title. */
export function splitNumber(text: string): {number?: string; title: string} {
  const match = itemNumber.exec(text)
  const rest = match ? text.slice(match[0].length).trim() : ''
  if (!match || rest === '') return {title: text.trim()}
  const number = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]
  return number === undefined ? {title: rest} : {number, title: rest}
}

/** Turns a title into an anchor that keeps letters of every script; never empty. */
export function anchorFor(slugger: GithubSlugger, title: string, index: number): string {
  const base = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-–—_]+/gu, '-')
  let slug = slugger.slug(base).replace(/-{2,}/g, '-').replace(/^-|-(?=$|-\d+$)/g, '')
  if (slug === '' || /^-?\d*$/.test(slug)) slug = slugger.slug(`item-${index + 1}`)
  return slug
}

function emptyItem(title: string, anchor: string, line: number, depth: number, number?: string): AgendaItem {
  return {
    ...(number === undefined ? {} : {number}),
    title,
    anchor,
    line,
    depth,
    speakers: [],
    decisions: [],
    actions: [],
    recommendations: [],
    points: [],
    html: '',
    items: []
  }
}

/** True when the body opens with a lone level-1 heading that names the document rather than an item. */
function isDocumentTitle(heading: Heading, headings: Heading[]): boolean {
  return heading.depth === 1 && headings.filter((h) => h.depth === 1).length === 1 && headings.length > 1
}

/**
 * Splits the tree into agenda items: headings at the shallowest depth used are items,
 * deeper ones sub-items of the item above them. Content before the first heading
 * becomes a "Preamble" item when it holds anything.
 */
export function buildSections(tree: Root): {top: Section[]; all: Section[]} {
  const slugger = new GithubSlugger()
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const first = headings[0]
  const opening = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html')
  const titleHeading = first && opening === first && isDocumentTitle(first, headings) ? first : undefined
  const itemHeadings = headings.filter((h) => h !== titleHeading)
  const topDepth = Math.min(7, ...itemHeadings.map((h) => h.depth))

  const top: Section[] = []
  const all: Section[] = []
  const stack: Section[] = []
  let current: Section | undefined
  let preamble: RootContent[] = []

  for (const node of tree.children) {
    if (node === titleHeading) continue
    if (node.type !== 'heading') {
      if (current) current.nodes.push(node)
      else preamble.push(node)
      continue
    }
    const text = toString(node).replace(/\s+/g, ' ').trim()
    const {number, title} = splitNumber(text)
    const depth = Math.max(node.depth, topDepth)
    const item = emptyItem(title, anchorFor(slugger, title, all.length), node.position?.start.line ?? 1, depth, number)
    while (stack.length > 0 && stack[stack.length - 1]!.item.depth >= depth) stack.pop()
    const parent = stack[stack.length - 1]
    const section: Section = {item, heading: node, nodes: [], parent, children: []}
    if (parent) {
      parent.children.push(section)
      parent.item.items.push(item)
    } else top.push(section)
    all.push(section)
    stack.push(section)
    current = section
  }

  preamble = preamble.filter((node) => node.type !== 'yaml' && !(node.type === 'html' && /^<!--/.test(node.value)))
  if (preamble.length > 0) {
    const line = preamble[0]!.position?.start.line ?? 1
    const item = emptyItem('Preamble', anchorFor(slugger, 'preamble', 0), line, topDepth === 7 ? 2 : topDepth)
    const section: Section = {item, heading: undefined, nodes: preamble, parent: undefined, children: []}
    top.unshift(section)
    all.unshift(section)
  }
  return {top, all}
}
