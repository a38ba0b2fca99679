import type {List, ListItem, Paragraph, RootContent} from 'mdast'
import type {Section} from '../context.js'
import {isOwnerTask, parseAction} from './action-text.js'
import {blockText} from './block-text.js'
import {hasRecommendationCue} from './cues.js'
import {isDecisionSentence} from './decision-prose.js'
import {kindOfTitle, matchMarker, startsWithMarker, type MarkerKind} from './markers.js'
import {locatedText, normalizeSpace, plainText} from './plain-text.js'
import {splitSentences} from './sentences.js'

/** One thing found in an item's own content: exactly one kind per list item; sentences for paragraphs. */
export type Unit =
  | {kind: 'decision'; text: string; line: number}
  | {kind: 'action'; text: string; line: number; owner?: string; due?: string; done: boolean}
  | {kind: 'recommendation'; text: string; line: number; group?: string}
  | {kind: 'point'; text: string; line: number}

/** Where the walk is inside one section: what kind its lists default to and which group is current. */
interface State {
  cues: readonly string[]
  /** What lists in this section are by their heading or an ancestor's ("Reports back ..." -> recommendations). */
  sectionKind: MarkerKind | undefined
  /** The sub-item title, when it names a group rather than the kind of list. */
  sectionGroup: string | undefined
  /** The latest bold lead-in (`**Group 1**`) in this section; it names the group of the lists after it. */
  label: string | undefined
  /** What the lead-in paragraph just before a list makes it ("would like to add the following:"). */
  regionKind: MarkerKind | undefined
  fallbackLine: number
  units: Unit[]
}

function titleKind(title: string, cues: readonly string[]): MarkerKind | undefined {
  return kindOfTitle(title) ?? (hasRecommendationCue(title, cues) ? 'recommendation' : undefined)
}

function initialState(section: Section, cues: readonly string[]): State {
  let sectionKind: MarkerKind | undefined
  for (let current: Section | undefined = section; current && !sectionKind; current = current.parent) {
    sectionKind = titleKind(current.title, cues)
  }
  const ownKind = titleKind(section.title, cues)
  return {
    cues,
    sectionKind,
    sectionGroup: section.parent && ownKind === undefined ? section.title : undefined,
    label: undefined,
    regionKind: undefined,
    fallbackLine: section.line,
    units: []
  }
}

function isQuestion(text: string): boolean {
  return /\?["'”’)\]]*$/.test(text)
}

/** The text of a paragraph that is nothing but bold (`**Group 1**`, `**Prevention:**`), without its colon. */
function labelOf(paragraph: Paragraph): string | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && /^[\s:：]*$/.test(child.value)))
  const only = meaningful[0]
  if (meaningful.length !== 1 || only?.type !== 'strong') return undefined
  const text = plainText(only).replace(/[\s:：]+$/, '')
  return text === '' ? undefined : text
}

function group(state: State): {group?: string} {
  const name = state.label ?? state.sectionGroup
  return name === undefined ? {} : {group: name}
}

function unitFor(kind: MarkerKind, text: string, line: number, state: State, checked?: boolean | null): Unit {
  if (kind === 'action') return {kind, line, ...parseAction(text, checked)}
  if (kind === 'recommendation') return {kind, text, line, ...group(state)}
  return {kind, text, line}
}

/** A paragraph: marker lines become their kind; other sentences are decisions or actions when they read as one. */
function paragraph(node: Paragraph, next: RootContent | undefined, state: State): void {
  const label = labelOf(node)
  if (label !== undefined) {
    const marker = matchMarker(`${label}:`)
    const kind = marker && marker.rest.trim() === '' ? marker.kind : titleKind(label, state.cues)
    if (kind) state.regionKind = kind
    else state.label = label
    return
  }
  const located = locatedText(node)
  const text = located.text
  let regionKind: MarkerKind | undefined
  // A paragraph may hold several marker lines with soft breaks ("ACTION: ...\nACTION: ..."): each is its own.
  const chunks: Array<{start: number; end: number; marker: boolean}> = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const marker = startsWithMarker(text.slice(start, Math.min(end, start + 40)))
    const last = chunks[chunks.length - 1]
    if (marker || !last) chunks.push({start, end, marker})
    else last.end = end
    start = end + 1
  }
  for (const chunk of chunks) {
    const chunkText = text.slice(chunk.start, chunk.end)
    if (chunk.marker) {
      const marker = matchMarker(chunkText)!
      const rest = normalizeSpace(marker.rest)
      const line = located.lineAt(chunk.start)
      if (rest === '') regionKind = marker.kind
      else state.units.push(unitFor(marker.kind, rest, line, state))
      continue
    }
    const sentences = splitSentences(chunkText)
    sentences.forEach((sentence, index) => {
      const clean = normalizeSpace(sentence.text)
      if (clean === '') return
      const offset = chunk.start + sentence.offset + (sentence.text.length - sentence.text.trimStart().length)
      const line = located.lineAt(offset)
      if (isDecisionSentence(clean)) {
        // "The meeting agreed the following:" leads a list of decisions; it is not one itself.
        if (index === sentences.length - 1 && clean.endsWith(':') && next?.type === 'list') regionKind = 'decision'
        else state.units.push({kind: 'decision', text: clean, line})
      } else if (isOwnerTask(clean)) state.units.push({kind: 'action', line, ...parseAction(clean)})
    })
  }
  state.regionKind = regionKind ?? (hasRecommendationCue(text, state.cues) ? 'recommendation' : undefined)
}

/** The text of a list item without its nested lists. */
function ownText(item: ListItem): string {
  return normalizeSpace(
    item.children
      .filter((child) => child.type !== 'list')
      .map((child) => blockText(child))
      .join(' ')
  )
}

function isDecisionText(text: string): boolean {
  // "... asked about a tree. RESOLVED: That the Council object ..." records a decision mid-item.
  return splitSentences(text).some((sentence) => isDecisionSentence(sentence.text) || matchMarker(sentence.text)?.kind === 'decision')
}

/** What is left to do, in document order, on the explicit stack that replaces recursion into nested blocks. */
type Task =
  | {type: 'block'; node: RootContent; next: RootContent | undefined}
  | {type: 'item'; item: ListItem; kind: MarkerKind | undefined}
  | {type: 'label'; label: string | undefined}

/**
 * A list item is exactly one thing. Precedence: a task item is an action; then an explicit marker;
 * then the kind of the list (recommendation lists win over "Taskforce to work on ..." reading as an action);
 * then prose that reads as a decision or an owner's task; otherwise a point.
 * Returns the kind and group label its nested lists inherit.
 */
function listItem(item: ListItem, kind: MarkerKind | undefined, state: State): {kind: MarkerKind | undefined; label: string | undefined} {
  const text = ownText(item)
  const line = item.position?.start.line ?? state.fallbackLine
  const nested = item.children.some((child) => child.type === 'list')
  const inherited = {kind, label: state.label}
  if (text === '') return inherited
  const marker = matchMarker(text)
  const leadIn = nested && text.endsWith(':')
  if (typeof item.checked === 'boolean') {
    state.units.push(unitFor('action', marker?.kind === 'action' ? marker.rest : text, line, state, item.checked))
  } else if (marker && normalizeSpace(marker.rest) === '') {
    return {kind: marker.kind, label: state.label}
  } else if (marker) {
    state.units.push(unitFor(marker.kind, normalizeSpace(marker.rest), line, state))
  } else if (leadIn && titleKind(text, state.cues) !== undefined) {
    return {kind: titleKind(text, state.cues), label: state.label}
  } else if (leadIn && kind === 'recommendation') {
    // "- Group 1:" over a nested list names the group of the items below it.
    return {kind, label: text.replace(/[\s:：]+$/, '')}
  } else if (kind === 'recommendation' && !isQuestion(text)) {
    state.units.push(unitFor('recommendation', text, line, state))
  } else if (kind === 'decision' || kind === 'action') {
    state.units.push(unitFor(kind, text, line, state))
  } else if (kind !== 'recommendation' && isDecisionText(text)) {
    state.units.push({kind: 'decision', text, line})
  } else if (kind !== 'recommendation' && isOwnerTask(text)) {
    state.units.push({kind: 'action', line, ...parseAction(text)})
  } else {
    state.units.push({kind: 'point', text, line})
  }
  return inherited
}

function pushBlocks(stack: Task[], nodes: readonly RootContent[]): void {
  for (let index = nodes.length - 1; index >= 0; index--) stack.push({type: 'block', node: nodes[index]!, next: nodes[index + 1]})
}

function pushItems(stack: Task[], lists: readonly List[], kind: MarkerKind | undefined): void {
  for (let list = lists.length - 1; list >= 0; list--) {
    const items = lists[list]!.children
    for (let index = items.length - 1; index >= 0; index--) stack.push({type: 'item', item: items[index]!, kind})
  }
}

/** Walks a section's blocks in order with an explicit stack: quotes and lists may nest thousands deep. */
function blocks(nodes: readonly RootContent[], state: State): void {
  const stack: Task[] = []
  pushBlocks(stack, nodes)
  while (stack.length > 0) {
    const task = stack.pop()!
    if (task.type === 'label') {
      state.label = task.label
    } else if (task.type === 'item') {
      const inherit = listItem(task.item, task.kind, state)
      const lists = task.item.children.filter((child): child is List => child.type === 'list')
      if (lists.length === 0) continue
      // The group label a lead-in item sets holds for its nested items only; the task below restores it.
      stack.push({type: 'label', label: state.label})
      pushItems(stack, lists, inherit.kind)
      state.label = inherit.label
    } else if (task.node.type === 'paragraph') {
      paragraph(task.node, task.next, state)
    } else if (task.node.type === 'list') {
      pushItems(stack, [task.node], state.regionKind ?? state.sectionKind)
    } else if (task.node.type === 'blockquote') {
      pushBlocks(stack, task.node.children)
    }
  }
}

/**
 * Everything the decision, action and recommendation extractors read from one section, in source order.
 * Worked out once per section by the caller and handed to each, so the three agree on what each list item is.
 */
export function classifySection(section: Section, recommendationCues: readonly string[]): Unit[] {
  const state = initialState(section, recommendationCues)
  blocks(section.nodes, state)
  return state.units
}
