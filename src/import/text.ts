import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {findEmails} from '../parse/redact.js'
import {normalizeLine} from './decode.js'
import type {ImportNote} from './note.js'
import {
  bulletPattern,
  isAgendaWord,
  isBullet,
  isClosing,
  isGroupLine,
  isLabel,
  isMeetingTitle,
  isShortLeadIn,
  isTitleShaped,
  numberedPattern,
  splitSpeakerLabel
} from './text-patterns.js'

/** What reading plain-text minutes gives: the Markdown tree, the title the document states, and notes. */
export interface TextImport {
  tree: Root
  title?: string
  notes: ImportNote[]
}

type Role = 'title' | 'doctitle' | 'heading' | 'subheading' | 'label' | 'leadin' | 'paragraph' | 'stray' | 'list'

interface Token {
  kind: 'bullet' | 'numbered' | 'text'
  text: string
  indent: number
  /** Number of a numbered line (`1`, `4.1`). */
  number?: string
  /** The number as written (`1.`, `4.1`, `(2)`), kept when the line becomes a heading. */
  marker?: string
  role: Role
  /** A blank line came before this token. */
  afterBlank: boolean
}

/** Reads lines into tokens: bullets, numbered lines and text, with whitespace normalised and blank lines dropped. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let afterBlank = false
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const indent = (/^[ \t\u00a0]*/.exec(raw)?.[0] ?? '').replace(/\t/g, '    ').length
    const line = normalizeLine(raw)
    if (line === '') {
      afterBlank = true
      continue
    }
    const bullet = bulletPattern.exec(line)
    const numbered = bullet ? null : numberedPattern.exec(line)
    const previous = tokens[tokens.length - 1]
    if (!bullet && !numbered && previous && !afterBlank && continuesLine(previous.text, line)) {
      // A hard-wrapped line: join it to the one it continues so no sentence is cut into two blocks.
      previous.text = `${previous.text} ${line}`
      continue
    }
    if (bullet) tokens.push({kind: 'bullet', text: line.slice(bullet[0].length), indent, role: 'list', afterBlank})
    else if (numbered) {
      const number = numbered[1] ?? numbered[2] ?? numbered[3] ?? ''
      const marker = numbered[0].trim()
      tokens.push({kind: 'numbered', text: line.slice(numbered[0].length), number, marker, indent, role: 'list', afterBlank})
    } else tokens.push({kind: 'text', text: line, indent, role: 'paragraph', afterBlank})
    afterBlank = false
  }
  return tokens
}

/** True when `next` carries on a long line cut mid-sentence (no final mark, next starts in lower case). */
function continuesLine(previous: string, next: string): boolean {
  return previous.length >= 50 && !/[.:;!?]$/.test(previous) && /^\p{Ll}/u.test(next)
}

/** Roles that a heading may be followed by (prose or more structure, not a list). */
const proseRoles = new Set<Role>(['paragraph', 'heading', 'subheading', 'label', 'leadin'])

/** Decides each token's role from the token after it, last to first. */
function assignRoles(tokens: Token[]): void {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    const next = tokens[index + 1]
    if (token.kind === 'bullet') continue
    if (token.kind === 'numbered') {
      // "3. Draft law" followed by prose is a numbered agenda item, not a one-item list.
      const heading = isTitleShaped(token.text) && next !== undefined && next.kind !== 'numbered' && proseRoles.has(next.role)
      token.role = heading ? (token.number?.includes('.') ? 'subheading' : 'heading') : 'list'
      continue
    }
    if (isLabel(token.text)) token.role = 'label'
    else if (isGroupLine(token.text)) token.role = 'subheading'
    else if (!isTitleShaped(token.text) || splitSpeakerLabel(token.text)) token.role = 'paragraph'
    else if (isAgendaWord(token.text)) token.role = 'heading'
    else if (next === undefined) token.role = 'paragraph'
    else if (next.role === 'list') token.role = isShortLeadIn(token.text) ? 'leadin' : 'paragraph'
    else token.role = proseRoles.has(next.role) ? 'heading' : 'paragraph'
  }
}

/**
 * Fixes roles that depend on what came before: the first line (meeting title or the body's own title),
 * group lines before any item, and stray lines after the meeting closed.
 */
function settleRoles(tokens: Token[]): void {
  const first = tokens[0]
  if (first?.kind === 'text' && first.role === 'heading' && !isAgendaWord(first.text)) {
    const second = tokens[1]
    if (isMeetingTitle(first.text)) first.role = 'title'
    else if (second && second.role === 'heading') first.role = 'doctitle'
  }
  let seenHeading = false
  let closed = false
  for (const token of tokens) {
    if (closed && token.kind === 'text' && !isAgendaWord(token.text) && isTitleShaped(token.text)) {
      token.role = 'stray'
      continue
    }
    if (token.role === 'subheading' && !seenHeading) token.role = 'heading'
    if (token.role === 'heading') {
      seenHeading = true
      closed = isClosing(token.text)
    }
  }
}

// Web addresses: each run of address characters is read once, from its `http`, and the match never backtracks
// further than the trailing punctuation it leaves out.
const webAddress = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"’”]/gu
const mailto = /^mailto:/i

/**
 * The e-mail and web addresses of `text` as sorted, disjoint spans, in linear time. Addresses are found as the parser
 * finds contacts (`findEmails`): a pattern starting `[\w.+-]+@` at every position took time quadratic in a run such as
 * `1.1.1.…`, and a long enough line never ended.
 */
function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [...findEmails(text)]
  for (const match of text.matchAll(webAddress)) spans.push([match.index, match.index + match[0].length])
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const disjoint: Array<[number, number]> = []
  for (const span of spans) if (disjoint.length === 0 || span[0] >= disjoint.at(-1)![1]) disjoint.push(span)
  return disjoint
}

/** Text with its addresses as links (autolinks in the Markdown, so they show unescaped). */
function linkify(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const [start, end] of addressSpans(text)) {
    const address = text.slice(start, end).replace(mailto, '')
    if (start > last) nodes.push({type: 'text', value: text.slice(last, start)})
    const url = address.includes('@') && !address.includes('://') ? `mailto:${address}` : address
    nodes.push({type: 'link', url, children: [{type: 'text', value: address}]})
    last = end
  }
  if (last < text.length) nodes.push({type: 'text', value: text.slice(last)})
  return nodes
}

/** Phrasing for a paragraph line: a leading speaker label becomes bold, as the parser reads labels. */
function phrasing(text: string): PhrasingContent[] {
  const speaker = splitSpeakerLabel(text)
  if (!speaker || speaker.rest === '') return linkify(text)
  return [{type: 'strong', children: [{type: 'text', value: speaker.label}]}, ...linkify(` ${speaker.rest}`)]
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children}
}

function bold(text: string): Paragraph {
  return paragraph([{type: 'strong', children: [{type: 'text', value: text}]}])
}

function listItem(text: string): ListItem {
  return {type: 'listItem', spread: false, children: [paragraph(phrasing(text))]}
}

/** Builds one list from consecutive list tokens of one kind; deeper-indented bullets nest under the item above. */
function buildList(tokens: Token[]): List {
  const first = tokens[0]!
  const ordered = first.kind === 'numbered'
  const start = ordered ? Number.parseInt(first.number ?? '1', 10) : undefined
  const list: List = {type: 'list', ordered, spread: false, children: []}
  if (ordered && start !== undefined && start !== 1) list.start = start
  let nested: Token[] = []
  const flush = () => {
    const parent = list.children[list.children.length - 1]
    if (nested.length > 0 && parent) parent.children.push(buildList(nested))
    nested = []
  }
  for (const token of tokens) {
    if (token.indent > first.indent + 1 && list.children.length > 0) {
      nested.push(token)
      continue
    }
    flush()
    list.children.push(listItem(token.text))
  }
  flush()
  return list
}

/** Reads minutes typed or pasted as plain text into a Markdown tree, guessing headings, lists and labels. */
export function readText(text: string): TextImport {
  const tokens = tokenize(text)
  assignRoles(tokens)
  settleRoles(tokens)
  const notes: ImportNote[] = []
  const children: RootContent[] = []
  let title: string | undefined
  let strayNoted = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    switch (token.role) {
      case 'title':
        title = token.text
        break
      case 'doctitle':
        // "Agenda Items" heads the whole body: as a heading it would swallow every item, as prose it would be
        // an item of its own; a comment keeps the words in the file and out of the agenda.
        children.push({type: 'html', value: `<!-- ${token.text.replace(/--/g, '- -')} -->`})
        break
      case 'heading':
      case 'subheading': {
        const text = token.kind === 'numbered' ? `${token.marker ?? ''} ${token.text}` : token.text
        const depth = token.role === 'heading' ? 2 : 3
        children.push({type: 'heading', depth, children: [{type: 'text', value: text}]} satisfies Heading)
        break
      }
      case 'label':
      case 'leadin':
        children.push(bold(token.text))
        break
      case 'paragraph': {
        const next = tokens[index + 1]
        const label = splitSpeakerLabel(token.text)
        if (label && label.rest === '' && next?.role === 'paragraph' && !next.afterBlank) {
          // "Dara Sok:" alone on a line, the words on the next: one labelled paragraph.
          next.text = `${label.label} ${next.text}`
          break
        }
        children.push(paragraph(phrasing(token.text)))
        break
      }
      case 'stray':
      case 'list': {
        const run: Token[] = []
        while (index < tokens.length && tokens[index]!.role === token.role && sameListKind(tokens[index]!, token)) {
          run.push(tokens[index]!)
          index++
        }
        index--
        children.push(buildList(run.map((item) => (item.role === 'stray' ? {...item, kind: 'bullet'} : item))))
        if (token.role === 'stray' && !strayNoted) {
          strayNoted = true
          notes.push({
            reason: `Unexpected lines after the closing item, expected the minutes to end there: kept as a list; move \`${token.text}\` and the lines after it where they belong, or delete them`,
            ruleId: 'import-trailing-text',
            anchor: token.text
          })
        }
        break
      }
    }
  }
  if (!children.some((node) => node.type === 'heading' && node.depth > 1)) {
    notes.push({
      reason:
        'Unexpected text without agenda item titles, expected short title lines followed by prose: put `## ` before each item title',
      ruleId: 'import-no-headings'
    })
  }
  return {tree: {type: 'root', children}, ...(title === undefined ? {} : {title}), notes}
}

/** Bullets and numbered lines make separate lists unless indented under the list; stray lines make their own. */
function sameListKind(token: Token, first: Token): boolean {
  return first.role === 'stray' || token.kind === first.kind || token.indent > first.indent + 1
}
