import type {Heading, Paragraph, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {normalizeSpace} from '../text/plain-text.js'

/** The text of a heading as a reader sees it, on one line. */
export function headingText(heading: Heading): string {
  return normalizeSpace(toString(heading))
}

const hashHeading = /^(#{1,6})([^\s#].*)$/u

/**
 * A one-line paragraph meant as a heading: `##Title` without the space CommonMark needs. It becomes a heading
 * of that depth, so the topic is read and rendered as one.
 */
function asHeading(node: RootContent): Heading | undefined {
  if (node.type !== 'paragraph') return undefined
  const first = node.children[0]
  if (first?.type !== 'text' || first.value.includes('\n') || node.children.some((child) => child.type === 'break')) return undefined
  const match = hashHeading.exec(first.value)
  if (!match) return undefined
  const text: PhrasingContent = {...first, value: match[2]!.trim()}
  return {
    type: 'heading',
    depth: match[1]!.length as Heading['depth'],
    children: [text, ...node.children.slice(1)],
    ...(node.position ? {position: node.position} : {})
  }
}

/** The top-level blocks of a meeting, with `##Title` paragraphs read as the headings they were meant to be. */
export function meetingBlocks(children: readonly RootContent[]): RootContent[] {
  return children.filter((node) => node.type !== 'yaml').map((node) => asHeading(node) ?? node)
}

/** True for blocks a reader never sees: HTML comments, link definitions, template tags alone on a line. */
export function isSilent(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value)
  if (node.type === 'definition' || node.type === 'yaml') return true
  if (node.type === 'paragraph') return /^\s*\{%[\s\S]*%\}\s*$/.test(toString(node))
  return false
}

/** A label that opens a paragraph: its words without the colon, and the text after the colon on the same line. */
export interface Label {
  label: string
  inline: string
}

// A label is a few words: "Attendance (please add yourself):" fits, a sentence with a colon does not.
const maxLabelLength = 90

/**
 * The label a paragraph is or opens with: `Present: Ana, Bo`, `**Regrets:**`, `Agenda:`, a bold line alone,
 * or a line with no colon at all ("Attendance (please add yourself)", "Participants") when `bare` is set.
 */
export function paragraphLabel(paragraph: Paragraph, bare: boolean): Label | undefined {
  const text = toString(paragraph, {includeHtml: false}).trim()
  const firstLine = text.split(/\r?\n/u)[0]!.trim()
  const colon = firstLine.search(/[:：]/)
  if (colon > 0 && colon <= maxLabelLength) {
    const label = normalizeSpace(firstLine.slice(0, colon).replace(/\*+/g, ''))
    const inline = normalizeSpace(text.slice(text.indexOf(firstLine) + colon + 1))
    if (label !== '' && !/[.!?]$/.test(label)) return {label, inline}
  }
  if (bare && !text.includes('\n') && text.length <= maxLabelLength && !/[.!?]$/.test(text)) return {label: normalizeSpace(text), inline: ''}
  return undefined
}
