import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import {toText} from 'hast-util-to-text'
import type {List, ListItem, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {AttendanceKind, CueSet} from '../../text/languages/index.js'
import {paragraphLabel} from '../outline/blocks.js'
import {readEntry, splitOutsideBrackets, type RollEntry} from './entry.js'

/** A person a roll call lists, with what it says they were (present, apologies, chair ...). */
export interface Listed {
  kind: AttendanceKind
  entry: RollEntry
  line: number
}

const attendanceKinds = new Set<string>(['present', 'apologies', 'absent', 'guests', 'chair', 'scribe'])
const presenceMark = /^(?:x|✓|✔|☑|✅|yes|ja|oui|sí|si|present|anwesend|présente?|p)$/iu
const htmlParser = unified().use(rehypeParse, {fragment: true}).freeze()

function kindOfLabel(label: string, cues: CueSet): AttendanceKind | undefined {
  const kind = cues.kindOf(label)
  return kind !== undefined && attendanceKinds.has(kind) ? (kind as AttendanceKind) : undefined
}

/** Names on one line: "Ana, Bo and Chen", "Ana; Bo (Org, Role)"; semicolons, when present, separate people. */
function splitNames(text: string): string[] {
  const separator = text.includes(';') ? /;/y : /,|\s+(?:and|und|et|y|e)\s+|\s*&\s*/y
  return splitOutsideBrackets(text, separator)
}

function lineOf(node: {position?: {start: {line: number}} | undefined} | undefined, fallback: number): number {
  return node?.position?.start.line ?? fallback
}

interface Reader {
  cues: CueSet
  out: Listed[]
}

function add(reader: Reader, kind: AttendanceKind, text: string, line: number, inList: boolean): void {
  const entry = readEntry(text, reader.cues, inList)
  if (entry) reader.out.push({kind, entry, line})
}

function addLine(reader: Reader, kind: AttendanceKind, text: string, line: number): void {
  for (const part of splitNames(text)) add(reader, kind, part, line, false)
}

function readItem(reader: Reader, item: ListItem, kind: AttendanceKind, role?: string): void {
  const line = lineOf(item, 1)
  const [first, ...rest] = item.children
  const nested = rest.filter((child): child is List => child.type === 'list')
  if (first?.type !== 'paragraph') {
    for (const list of nested) readList(reader, list, kind, role)
    return
  }
  const label = paragraphLabel(first, nested.length > 0)
  const labelKind = label ? kindOfLabel(label.label, reader.cues) : undefined
  if (label && labelKind !== undefined) {
    // "- **Chair:** Christine", "- Present:" or "- Present" with the names nested below.
    if (label.inline !== '') addLine(reader, labelKind, label.inline, line)
    for (const list of nested) readList(reader, list, labelKind)
    return
  }
  const text = toString(first, {includeHtml: false}).replace(/\s+/gu, ' ').trim()
  if (nested.length > 0 && reader.cues.isRole(text) && text.split(/\s+/u).length <= 3) {
    // "- President" over the nominees for it.
    for (const list of nested) readList(reader, list, kind, text)
    return
  }
  const before = reader.out.length
  if (text.includes(',') && nested.length === 0 && splitNames(text).length > 2 && !/\(/.test(text)) addLine(reader, kind, text, line)
  else add(reader, kind, text, line, true)
  if (role !== undefined) for (const listed of reader.out.slice(before)) listed.entry.role ??= role
  // A list nested under a person gives their posts or notes, not more people; under anything else, people.
  if (reader.out.length === before) for (const list of nested) readList(reader, list, kind, role)
}

function readList(reader: Reader, list: List, kind: AttendanceKind, role?: string): void {
  for (const item of list.children) readItem(reader, item, kind, role)
}

/** Columns of a roll-call table, found from its header: name, handle, organisation, presence mark. */
interface Columns {
  name: number
  handle?: number
  organization?: number
  mark?: number
}

function columnsOf(header: string[], rows: string[][]): Columns {
  const find = (pattern: RegExp) => {
    const index = header.findIndex((cell) => pattern.test(cell))
    return index === -1 ? undefined : index
  }
  const mark = rows.length > 0 ? header.findIndex((_, column) => rows.every((row) => (row[column] ?? '').trim() === '' || presenceMark.test((row[column] ?? '').trim())) && rows.some((row) => presenceMark.test((row[column] ?? '').trim()))) : -1
  const handle = find(/nick|handle|irc|gh\s*id|github|abbr|initials|kürzel|alias|pseudo/iu)
  const name = find(/name|nym|person|nom|teilnehm|participant|member|attendee|wer|who/iu)
  const organization = find(/organi[sz]ation|affiliation|company|employer|org\b|organisme|firma|verein|entidad/iu)
  const fallback = header.findIndex((_, column) => column !== mark && column !== handle)
  return {
    name: name ?? (fallback === -1 ? 0 : fallback),
    ...(handle === undefined || handle === name ? {} : {handle}),
    ...(organization === undefined || organization === name ? {} : {organization}),
    ...(mark === -1 ? {} : {mark})
  }
}

function readRows(reader: Reader, kind: AttendanceKind, header: string[], rows: string[][], line: number): void {
  const columns = columnsOf(header, rows)
  for (const row of rows) {
    if (columns.mark !== undefined && !presenceMark.test((row[columns.mark] ?? '').trim())) continue
    const name = row[columns.name] ?? ''
    const organization = columns.organization === undefined ? '' : (row[columns.organization] ?? '').trim()
    const entry = readEntry(organization === '' ? name : `${name} (${organization})`, reader.cues, true)
    if (!entry) continue
    const handle = columns.handle === undefined ? '' : (row[columns.handle] ?? '').trim()
    if (handle !== '' && handle !== entry.name && !/\s/u.test(handle)) entry.aliases.push(handle)
    reader.out.push({kind, entry, line})
  }
}

function readTable(reader: Reader, table: Table, kind: AttendanceKind): void {
  const [head, ...body] = table.children.map((row) => row.children.map((cell) => toString(cell).replace(/\s+/gu, ' ').trim()))
  if (!head) return
  readRows(reader, kind, head, body, lineOf(table, 1))
}

function elements(node: HastRoot | HastContent, name: string, found: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === name) found.push(node)
  if ('children' in node) for (const child of node.children) elements(child, name, found)
  return found
}

/** An HTML table of attendance, as word processors export it: rows of cells, a column of x marks. */
function readHtmlTable(reader: Reader, html: string, kind: AttendanceKind, line: number): void {
  const tree = htmlParser.parse(html)
  const rows = elements(tree, 'tr').map((row) => row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')).map((cell) => toText(cell).replace(/\s+/gu, ' ').trim()))
  const [head, ...body] = rows
  if (!head) return
  readRows(reader, kind, head, body, line)
}

/** A code block of "nick   Full name" lines, as IRC meeting summaries list participants. */
function readCode(reader: Reader, value: string, kind: AttendanceKind, line: number): void {
  value.split('\n').forEach((text, index) => {
    const columns = text.trim().split(/\s{2,}|\t+/u)
    if (columns.length === 0 || columns[0] === '') return
    const [first, second] = columns as [string, string | undefined]
    const entry = readEntry(second ?? first, reader.cues, true)
    if (!entry) return
    if (second !== undefined && first !== entry.name) entry.aliases.push(first)
    reader.out.push({kind, entry, line: line + index + 1})
  })
}

/** Everyone a roll call lists: lists, label lines, comma-separated lines, tables, HTML tables and code blocks. */
export function readRollCall(nodes: readonly RootContent[], kind: AttendanceKind, cues: CueSet): Listed[] {
  const reader: Reader = {cues, out: []}
  let html = ''
  let htmlLine = 0
  for (const node of nodes) {
    if (node.type === 'html') {
      if (html === '') htmlLine = lineOf(node, 1)
      html += node.value + '\n'
      continue
    }
    if (node.type === 'paragraph') {
      const line = lineOf(node, 1)
      const label = paragraphLabel(node, true)
      const labelKind = label ? kindOfLabel(label.label, cues) : undefined
      if (label && labelKind !== undefined) {
        // "Lead by Phil Odence", "Minutes taken by Kris": the name follows the cue on the same line.
        const after = label.inline !== '' ? label.inline : (/\s(?:by|von|par|por)\s+(.+)$/iu.exec(label.label)?.[1] ?? '')
        if (after !== '') addLine(reader, labelKind, after, line)
        continue
      }
      toString(node, {includeHtml: false})
        .split(/\r?\n/u)
        .forEach((text, index) => addLine(reader, kind, text, line + index))
    } else if (node.type === 'list') readList(reader, node, kind)
    else if (node.type === 'table') readTable(reader, node, kind)
    else if (node.type === 'code') readCode(reader, node.value, kind, lineOf(node, 1))
  }
  if (/<tr[\s>]/iu.test(html)) readHtmlTable(reader, html, kind, htmlLine)
  return reader.out
}
