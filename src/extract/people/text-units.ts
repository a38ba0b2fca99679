import type {PhrasingContent, RootContent} from 'mdast'

/** The text of one paragraph (alone or in a list item or quote), and how much of its start is bold. */
export interface TextUnit {
  text: string
  /** Length of the leading bold run (`**Name:**`), 0 when the paragraph does not open in bold. */
  boldLength: number
  /** True for the first paragraph of a list entry that has a list nested under it ("- Josh" over Josh's points). */
  leadsList?: boolean
  /** True for the first paragraph of any list entry. */
  inList?: boolean
}

/** Plain text of inline content, bold and emphasis included; code and raw HTML become a space so words never merge. */
function phrasingText(nodes: readonly PhrasingContent[]): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text') text += node.value
    else if ('children' in node) text += phrasingText(node.children as PhrasingContent[])
    else if (node.type !== 'image' && node.type !== 'imageReference' && node.type !== 'footnoteReference') text += ' '
  }
  return text
}

// An IRC log line: an optional time, then `<nick>` and what they said.
const ircLine = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(<[^<>\s]{1,32}>\s+\S.*)$/u
// A log line with the nick padded into a column: "jtimon          can't we replace ...".
const paddedLine = /^\s*([\p{L}_][\p{L}\p{N}_-]{1,30})\s{3,}(\S.*)$/u

/** The lines of a pasted chat log, as `<nick> text`, when at least two lines of the text are such lines. */
function logLines(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/u).flatMap((line) => {
    const irc = ircLine.exec(line)
    if (irc) return [irc[1]!]
    const padded = paddedLine.exec(line)
    return padded ? [`<${padded[1]!}> ${padded[2]!}`] : []
  })
  return lines.length >= 2 ? lines : undefined
}

/** A paragraph's text with raw HTML kept, where a pasted log's `<nick>` reads as a tag. */
function rawText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'html' ? node.value : node.type === 'text' ? node.value : phrasingText([node]))).join('')
}

/**
 * Every paragraph an item's blocks hold, in document order, and the lines of IRC logs pasted as code
 * (`<nick> text`); other code blocks, tables and raw HTML are skipped.
 */
export function textUnits(nodes: readonly RootContent[]): TextUnit[] {
  const units: TextUnit[] = []
  // An explicit stack, not recursion: lists and quotes can nest deeper than the call stack allows.
  const stack: Array<{node: RootContent; inList?: boolean}> = [...nodes].reverse().map((node) => ({node}))
  while (stack.length > 0) {
    const {node, inList} = stack.pop()!
    if (node.type === 'paragraph') {
      const log = node.children.length > 1 || node.children[0]?.type === 'text' ? logLines(rawText(node.children)) : undefined
      if (log) {
        for (const line of log) units.push({text: line, boldLength: 0})
        continue
      }
      const first = node.children[0]
      const boldLength = first?.type === 'strong' ? phrasingText(first.children).length : 0
      units.push({text: phrasingText(node.children), boldLength, ...(inList === true ? {inList} : {})})
    } else if (node.type === 'code') {
      for (const line of logLines(node.value) ?? []) units.push({text: line, boldLength: 0})
    } else if (node.type === 'listItem') {
      const [first, ...rest] = node.children
      const later = rest.map((child) => ({node: child})).reverse()
      if (first?.type === 'paragraph' && rest.some((child) => child.type === 'list')) {
        units.push({text: phrasingText(first.children), boldLength: 0, leadsList: true, inList: true})
        stack.push(...later)
      } else if (first?.type === 'paragraph') {
        stack.push(...later, {node: first, inList: true})
      } else stack.push(...node.children.map((child) => ({node: child})).reverse())
    } else if (node.type === 'list' || node.type === 'blockquote') {
      stack.push(...node.children.map((child) => ({node: child as RootContent})).reverse())
    }
  }
  return units
}
