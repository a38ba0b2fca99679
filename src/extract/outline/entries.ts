import type {List, ListItem, Paragraph, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {normalizeSpace} from '../text/plain-text.js'
import {splitNumber} from './numbering.js'

/** A topic written without a heading: a list entry, a numbered line or a bold line, with the blocks it carries. */
export interface Entry {
  title: string
  number?: string
  line: number
  nodes: RootContent[]
}

/** A paragraph that opens with its number: `1) Budget`, `2. Minutes`, `1\) ...` as wikis escape it. */
const numberedLine = /^\s*(?:\*\*)?\s*\d{1,2}[.)]\s+\S/u

function lineOf(node: RootContent | ListItem): number {
  return node.position?.start.line ?? 1
}

function firstLine(paragraph: Paragraph): string {
  return normalizeSpace(toString(paragraph).split('\n')[0] ?? '')
}

/** The title and content of a list entry: its first paragraph is the title, the rest (nested lists, more paragraphs) its content. */
function listEntry(item: ListItem, number: string | undefined): Entry | undefined {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph') return undefined
  const text = normalizeSpace(toString(first))
  if (text === '') return undefined
  const split = number === undefined ? splitNumber(text) : {number, title: text}
  return {
    title: split.title,
    ...(split.number === undefined ? {} : {number: split.number}),
    line: lineOf(item),
    nodes: rest
  }
}

/** Entries of a list; ordered lists give their numbers. */
export function listEntries(list: List): Entry[] {
  const start = list.start ?? 1
  return list.children.flatMap((item, index) => listEntry(item, list.ordered === true ? String(start + index) : undefined) ?? [])
}

/** True when most entries of a list carry discussion under them: nested lists or more paragraphs. */
function carriesDiscussion(list: List): boolean {
  const carrying = list.children.filter((item) => item.children.length > 1).length
  return list.children.length >= 2 && carrying * 2 >= list.children.length
}

/** True for a paragraph that is nothing but bold text (`**Administrative**`), not a label ending in a colon. */
function isBoldLine(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  if (meaningful.length !== 1 || meaningful[0]!.type !== 'strong') return false
  const text = normalizeSpace(toString(node))
  return text !== '' && !/[:：]$/.test(text) && text.length <= 120
}

function isNumberedLine(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && numberedLine.test(toString(node)) && firstLine(node).length <= 200
}

/**
 * Entries made of lines that stand as headings (numbered lines, or bold lines alone), each owning the blocks up
 * to the next; at least two are needed, so a lone bold phrase is not taken for an agenda.
 */
function lineEntries(nodes: readonly RootContent[], isEntry: (node: RootContent) => node is Paragraph): {entries: Entry[]; before: RootContent[]} | undefined {
  const starts = nodes.flatMap((node, index) => (isEntry(node) ? [index] : []))
  if (starts.length < 2) return undefined
  const entries = starts.map((start, position): Entry => {
    const paragraph = nodes[start] as Paragraph
    const text = toString(paragraph).replace(/\*\*/g, '').trim()
    const [head, ...more] = text.split('\n')
    const {number, title} = splitNumber(normalizeSpace(head ?? ''))
    const end = starts[position + 1] ?? nodes.length
    const rest: RootContent[] = more.length > 0 ? [{type: 'paragraph', children: [{type: 'text', value: more.join('\n')}]}] : []
    return {title, ...(number === undefined ? {} : {number}), line: lineOf(paragraph), nodes: [...rest, ...nodes.slice(start + 1, end)]}
  })
  return {entries, before: nodes.slice(0, starts[0])}
}

/**
 * The topics a run of blocks lists without headings, and the blocks before them: numbered lines, bold lines
 * standing alone, or the entries of the first list (`anyList`: any list, as under an "Agenda" label; otherwise
 * only a list whose entries carry discussion or a numbered one).
 */
export function topicEntries(nodes: readonly RootContent[], anyList: boolean): {entries: Entry[]; before: RootContent[]; after: RootContent[]} | undefined {
  const numbered = lineEntries(nodes, isNumberedLine)
  if (numbered) return {...numbered, after: []}
  const index = nodes.findIndex((node) => node.type === 'list' && (anyList || node.ordered === true || carriesDiscussion(node)))
  if (index !== -1) {
    const list = nodes[index] as List
    return {entries: listEntries(list), before: nodes.slice(0, index), after: nodes.slice(index + 1)}
  }
  const bold = lineEntries(nodes, isBoldLine)
  return bold ? {...bold, after: []} : undefined
}

/**
 * The entries of a topic's only list when every entry opens in bold ("* **Richtfunk**: Erfahrungen ...",
 * "* **Alfred-Daten Anonymisieren** MAC ..."): the bold words are the title, the rest its content.
 */
export function boldEntries(nodes: readonly RootContent[]): {entries: Entry[]; rest: RootContent[]} | undefined {
  const lists = nodes.filter((node): node is List => node.type === 'list')
  if (lists.length !== 1 || lists[0]!.children.length < 2) return undefined
  const list = lists[0]!
  const entries: Entry[] = []
  for (const item of list.children) {
    const first = item.children[0]
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined
    if (first?.type !== 'paragraph' || lead?.type !== 'strong') return undefined
    const title = normalizeSpace(toString(lead)).replace(/[:：]$/u, '')
    if (title === '') return undefined
    const after = normalizeSpace(toString({...first, children: first.children.slice(1)})).replace(/^[:：]\s*/u, '')
    const own: RootContent[] = after === '' ? [] : [{type: 'paragraph', children: [{type: 'text', value: after}]}]
    entries.push({title, line: lineOf(item), nodes: [...own, ...item.children.slice(1)]})
  }
  return {entries, rest: nodes.filter((node) => node !== list)}
}

/** A one-line paragraph that opens with a letter or number in brackets: "(a) Changes ...", "b) ...", "(2) ...". */
const enumerated = /^\s*\(?([a-z]|\d{1,2})\)\s+(\S.*)$/iu

/**
 * Sub-topics a topic enumerates in lines of their own, each over its discussion: "(a) Changes that we must
 * approve" then a list, "(b) Remove the odd count rule" then a list. At least two, each followed by a list,
 * so enumerated sentences in prose stay prose.
 */
export function enumeratedEntries(nodes: readonly RootContent[]): {entries: Entry[]; before: RootContent[]} | undefined {
  const starts: number[] = []
  nodes.forEach((node, index) => {
    if (node.type !== 'paragraph') return
    const text = toString(node).trim()
    if (text.includes('\n') || text.length > 160 || !enumerated.test(text)) return
    if (nodes[index + 1]?.type !== 'list') return
    starts.push(index)
  })
  if (starts.length < 2) return undefined
  const entries = starts.map((start, position): Entry => {
    const match = enumerated.exec(toString(nodes[start]!).trim())!
    const end = starts[position + 1] ?? nodes.length
    return {title: normalizeSpace(match[2]!), number: match[1]!, line: lineOf(nodes[start]!), nodes: nodes.slice(start + 1, end)}
  })
  return {entries, before: nodes.slice(0, starts[0])}
}
