import type {PhrasingContent, RootContent} from 'mdast'

/** The text of one paragraph (alone or in a list item or quote), and how much of its start is bold. */
export interface TextUnit {
  text: string
  /** Length of the leading bold run (`**Name:**`), 0 when the paragraph does not open in bold. */
  boldLength: number
  /** True for the first paragraph of a list entry that has a list nested under it ("- Josh" over Josh's points). */
  leadsList?: boolean
}

/** Plain text of inline content, bold and emphasis included; code and raw HTML become a space so words never merge. */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
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

/**
 * Every paragraph an item's blocks hold, in document order, and the lines of IRC logs pasted as code
 * (`<nick> text`); other code blocks, tables and raw HTML are skipped.
 */
export function textUnits(nodes: readonly RootContent[]): TextUnit[] {
  const units: TextUnit[] = []
  const walk = (list: readonly RootContent[]): void => {
    for (const node of list) {
      if (node.type === 'paragraph') {
        const first = node.children[0]
        const boldLength = first?.type === 'strong' ? phrasingText(first.children).length : 0
        units.push({text: phrasingText(node.children), boldLength})
      } else if (node.type === 'code') {
        for (const line of node.value.split('\n')) {
          const match = ircLine.exec(line)
          if (match) units.push({text: match[1]!, boldLength: 0})
        }
      } else if (node.type === 'listItem') {
        const [first, ...rest] = node.children
        if (first?.type === 'paragraph' && rest.some((child) => child.type === 'list')) {
          units.push({text: phrasingText(first.children), boldLength: 0, leadsList: true})
          walk(rest)
        } else walk(node.children)
      } else if (node.type === 'list' || node.type === 'blockquote') {
        walk(node.children)
      }
    }
  }
  walk(nodes)
  return units
}
