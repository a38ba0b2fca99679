import type {List, ListItem, Paragraph, RootContent} from 'mdast'
import type {Decision} from '../../model/meeting.js'
import type {MarkerKind, RecordCues} from '../../text/record-cues.js'
import type {Section} from '../context.js'
import {parseAction, taskOwner, type ActionReader} from './action-text.js'
import {blockText} from './block-text.js'
import {hasRecommendationCue} from './cues.js'
import {readMotions, type Line, type Unfinished} from './motions.js'
import {locatedText, normalizeSpace, plainText} from './plain-text.js'
import {splitSentences} from './sentences.js'
import {stripHonorifics} from '../../text/names.js'

/** A decision with what the minutes say of how it was taken (motion, vote, election), when they say it; its item comes later. */
export interface DecisionUnit extends Omit<Decision, 'item'> {
  kind: 'decision'
}

/** One thing found in an item's own content: exactly one kind per list item; sentences for paragraphs. */
export type Unit =
  | DecisionUnit
  | {kind: 'action'; text: string; line: number; owner?: string; due?: string; done: boolean; status?: 'done' | 'in-progress'}
  | {kind: 'recommendation'; text: string; line: number; group?: string}
  | {kind: 'point'; text: string; line: number}

/** Where the walk is inside one section: what kind its lists default to and which group is current. */
interface State {
  cues: readonly string[]
  reader: ActionReader
  /** Every sentence and list entry, for reading motions across them. */
  lines: Line[]
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

function titleKind(title: string, state: {cues: readonly string[]; reader: ActionReader}): MarkerKind | undefined {
  return state.reader.records.kindOfTitle(title) ?? (hasRecommendationCue(title, state.cues) ? 'recommendation' : undefined)
}

function initialState(section: Section, cues: readonly string[], reader: ActionReader): State {
  let sectionKind: MarkerKind | undefined
  for (let current: Section | undefined = section; current && !sectionKind; current = current.parent) {
    sectionKind = titleKind(current.title, {cues, reader})
  }
  const ownKind = titleKind(section.title, {cues, reader})
  return {
    cues,
    reader,
    lines: [],
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
  if (kind === 'action') return {kind, line, ...parseAction(text, state.reader, checked)}
  if (kind === 'recommendation') return {kind, text, line, ...group(state)}
  return {kind, text, line}
}

/** Adds a unit and the line it was read from, so motions can be read across lines afterwards. */
function push(state: State, unit: Unit, source = unit.text): void {
  state.lines.push({text: source, line: unit.line, unit: state.units.length})
  state.units.push(unit)
}

/** Records a sentence that became nothing, for reading motions across lines. */
function note(state: State, text: string, line: number): void {
  state.lines.push({text, line})
}

function isDecisionSentence(text: string, state: State): boolean {
  const {records} = state.reader
  return (
    records.isDecision(text) ||
    records.isElection(text) ||
    isConclusionArrow(text, records) ||
    isSettled(text, records) ||
    records.isTrailingOutcome(text) ||
    votesFor(text) !== undefined
  )
}

// "1. Amt: Simon Joda Stößer mit 9 Stimmen", "Treasurer: Ana Lima with 12 votes": who won and how many voted for them.
const electedWith = /^(?:([^:：]{1,40})[:：]\s*)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})\s+(?:mit|with|avec|con)\s+(\d{1,4})\s+(?:Stimmen|votes|voix|votos)\b/u

/** The person elected and their votes, from a line that names an office holder with a vote count. */
function votesFor(text: string): {name: string; office?: string; votes: number} | undefined {
  const match = electedWith.exec(text.trim())
  if (!match) return undefined
  const office = match[1]?.replace(/^\s*\d+[.)]\s*/u, '').trim()
  return {name: match[2]!, ...(office ? {office} : {}), votes: Number(match[3])}
}

/**
 * What a `Conclusion:` or `Decision:` line states: its tasks ("Meshcollider will rebase #14491") are actions of
 * their owners, the rest is the decision.
 */
function conclusion(rest: string, line: number, state: State, source: string): void {
  push(state, {kind: 'decision', text: rest, line}, source)
  assignedTasks(rest, line, state)
}

/**
 * "Decision: Gary to adjust PR 477 ...", "Atlases - accepted. Tomas will bring them.": decided and assigned, so each
 * sentence that gives a person of the meeting a task is also their action. "Each group will report" stays decided.
 */
function assignedTasks(decision: string, line: number, state: State): void {
  const personal: ActionReader = {...state.reader, owner: state.reader.person}
  for (const sentence of splitSentences(decision)) {
    const task = normalizeSpace(sentence.text)
    if (task !== '' && taskOwner(task, personal) !== undefined) push(state, {kind: 'action', line, ...parseAction(task, state.reader)})
  }
}

/** A conclusion that is a to-do ("Review #9125", "ping Dana") is decided and is somebody's work: its action too. */
function conclusionTask(state: State, text: string, line: number): void {
  if (state.reader.records.isImperativeTask(text)) push(state, {kind: 'action', line, ...parseAction(text, state.reader)})
}

// A chat log's turn: a name and a time alone on a line ("Neil (01:02 pm)").
const chatTurn = /^[^\n():]{1,48}?\s*\(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\)\s*$/iu

/** "Nothing", "None", "No conclusion.", "n/a": a section's placeholder, not a decision. */
function isPlaceholder(text: string): boolean {
  return /^\s*(?:none|nothing|no conclusion|no decisions?|n\/?a|-+|—|tbd|keine|nichts|aucune?|rien|ninguna?|nada)\s*[.!]?\s*$/iu.test(text)
}

// "Wie viele Leute? --> Wir nehmen 3.": a pad's arrow leads from the question to what was settled.
const arrow = /\s*(?:-->|→|=>|⇒)\s*/u

/** A line whose last arrow leads to an answer, not to another question ("--> Als Vorlage?") or a later date. */
function isConclusionArrow(text: string, records: RecordCues): boolean {
  const parts = text.split(arrow)
  // The arrow answers a question asked before it; "Internet → VPN → Knoten" is a chain, not a decision.
  if (parts.length < 2 || !parts.slice(0, -1).some((part) => part.includes('?'))) return false
  const last = parts.at(-1)!.trim()
  return last !== '' && !isQuestion(last) && !isPlaceholder(last) && !/^https?:/u.test(last) && !records.isNotDecision(last)
}

// "Should we open a Slack group? No, it is closed software.": a question answered at once.
const answer = /^\s*(?:yes|no|ja|nein|oui|non|sí|si)\b[\s,.!:;-]/iu

/** A question and the answer right after it, in one sentence pair; "Si oui, comment et où ?" asks on, it answers nothing. */
function isSettled(text: string, records: RecordCues): boolean {
  const sentences = splitSentences(text).map((sentence) => sentence.text.trim())
  return sentences.some((sentence, index) => {
    const reply = sentences[index + 1] ?? ''
    return isQuestion(sentence) && answer.test(reply) && !isQuestion(reply) && !records.isNotDecision(reply)
  })
}

/** A paragraph: marker lines become their kind; other sentences are decisions or actions when they read as one. */
function paragraph(node: Paragraph, next: RootContent | undefined, state: State): void {
  const label = labelOf(node)
  const {records} = state.reader
  if (label !== undefined) {
    const marker = records.marker(`${label}:`)
    const kind = marker && marker.rest.trim() === '' ? marker.kind : titleKind(label, state)
    if (kind) state.regionKind = kind
    else state.label = label
    // A bold "**Carried**" closes a motion as much as a plain one.
    note(state, label, node.position?.start.line ?? state.fallbackLine)
    return
  }
  const located = locatedText(node)
  const text = located.text
  // Under "meeting conclusion" or after a bare "**Conclusion:**", a paragraph states the decision itself.
  const decisionRegion = (state.regionKind ?? state.sectionKind) === 'decision'
  if (decisionRegion && !records.startsWithMarker(text) && !isPlaceholder(text)) {
    const clean = normalizeSpace(text)
    // "Morcos will do some extra measurements" under a conclusion is a task, read below as one.
    if (clean !== '' && !isQuestion(clean) && taskOwner(clean, state.reader) === undefined) {
      push(state, {kind: 'decision', text: clean, line: located.lineAt(0)})
      conclusionTask(state, clean, located.lineAt(0))
      state.regionKind = undefined
      return
    }
  }
  let regionKind: MarkerKind | undefined
  // A paragraph may hold several marker lines with soft breaks ("ACTION: ...\nACTION: ..."): each is its own.
  const chunks: Array<{start: number; end: number; marker: boolean}> = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const marker = records.startsWithMarker(text.slice(start, Math.min(end, start + 40)))
    const last = chunks[chunks.length - 1]
    // A chat log's "Neil (01:47 pm)" line heads the message under it: the message starts a sentence of its own.
    const afterTurn = last !== undefined && chatTurn.test(text.slice(last.start, last.end))
    if (marker || !last || afterTurn || chatTurn.test(text.slice(start, end))) chunks.push({start, end, marker})
    else last.end = end
    start = end + 1
  }
  for (const chunk of chunks) {
    const chunkText = text.slice(chunk.start, chunk.end)
    if (chunk.marker) {
      const marker = records.marker(chunkText)!
      const rest = normalizeSpace(marker.rest)
      const line = located.lineAt(chunk.start)
      if (rest === '') regionKind = marker.kind
      else if (marker.kind === 'decision') conclusion(rest, line, state, normalizeSpace(chunkText))
      else push(state, unitFor(marker.kind, rest, line, state), normalizeSpace(chunkText))
      continue
    }
    const sentences = splitSentences(chunkText)
    let answered = -1
    sentences.forEach((sentence, index) => {
      const clean = normalizeSpace(sentence.text)
      if (clean === '' || index === answered) return
      const reply = normalizeSpace(sentences[index + 1]?.text ?? '')
      if (isQuestion(clean) && isSettled(`${clean} ${reply}`, records)) {
        // "Should we open a Slack group? No, it is closed software.": the question and its answer are one decision.
        const offset = chunk.start + sentence.offset + (sentence.text.length - sentence.text.trimStart().length)
        push(state, {kind: 'decision', text: `${clean} ${reply}`, line: located.lineAt(offset)})
        answered = index + 1
        return
      }
      const offset = chunk.start + sentence.offset + (sentence.text.length - sentence.text.trimStart().length)
      const line = located.lineAt(offset)
      const commitment = index === 0 ? spokenCommitment(clean, state.reader) : undefined
      if (commitment) {
        push(state, commitment(line), clean)
        return
      }
      if (isDecisionSentence(clean, state)) {
        // "The meeting agreed the following:" leads a list of decisions; it is not one itself.
        if (index === sentences.length - 1 && clean.endsWith(':') && next?.type === 'list') regionKind = 'decision'
        else push(state, {kind: 'decision', text: clean, line})
      } else if (taskOwner(clean, state.reader) !== undefined || state.reader.records.isUnownedTask(clean)) {
        push(state, {kind: 'action', line, ...parseAction(clean, state.reader)})
      } else note(state, clean, line)
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

function isDecisionText(text: string, state: State): boolean {
  // "... asked about a tree. RESOLVED: That the Council object ..." records a decision mid-item.
  return (
    isSettled(text, state.reader.records) ||
    isConclusionArrow(text, state.reader.records) ||
    splitSentences(text).some((sentence) => isDecisionSentence(sentence.text, state) || state.reader.records.marker(sentence.text)?.kind === 'decision')
  )
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
function listItem(item: ListItem, listKind: MarkerKind | undefined, state: State): {kind: MarkerKind | undefined; label: string | undefined} {
  const text = ownText(item)
  // "Aeva: +1, let's do it" under a proposal is someone speaking, not a recommendation of the list.
  const kind = listKind === 'recommendation' && spokenBy(text, state.reader) ? undefined : listKind
  const line = item.position?.start.line ?? state.fallbackLine
  const nested = item.children.some((child) => child.type === 'list')
  const inherited = {kind, label: state.label}
  if (text === '') return inherited
  const marker = state.reader.records.marker(text)
  const leadIn = nested && text.endsWith(':')
  const lines = splitSentences(text).map((sentence) => normalizeSpace(sentence.text)).filter((sentence) => sentence !== '')
  let became: Unit['kind'] | undefined
  const pushItem = (unit: Unit): void => {
    // A list entry is one unit, but a motion may take several of its sentences: each is a line to read.
    lines.slice(0, -1).forEach((sentence) => note(state, sentence, line))
    push(state, unit, lines.at(-1) ?? text)
    became = unit.kind
  }
  // The details under an action ("- done", "- Friday 17th", sub-steps) are its points, not more actions.
  const afterwards = (): {kind: MarkerKind | undefined; label: string | undefined} =>
    became === 'action' && kind === 'action' ? {kind: undefined, label: state.label} : inherited
  const boldLead = item.children[0]?.type === 'paragraph' && item.children[0].children[0]?.type === 'strong' ? plainText(item.children[0].children[0]) : undefined
  const reader = boldLead === undefined ? state.reader : boldOwnerReader(state.reader, boldLead)
  const commitment = spokenCommitment(text, reader)
  if (commitment && typeof item.checked !== 'boolean' && !marker) {
    pushItem(commitment(line))
    return afterwards()
  }
  if (kind === 'action' && isNotAnAction(text, state.reader.records)) {
    pushItem({kind: 'point', text, line})
    return afterwards()
  }
  if (typeof item.checked === 'boolean') {
    pushItem(unitFor('action', marker?.kind === 'action' ? marker.rest : text, line, state, item.checked))
  } else if (marker && normalizeSpace(marker.rest) === '') {
    return {kind: marker.kind, label: state.label}
  } else if (marker) {
    pushItem(unitFor(marker.kind, normalizeSpace(marker.rest), line, state))
  } else if (leadIn && titleKind(text, state) !== undefined) {
    return {kind: titleKind(text, state), label: state.label}
  } else if (leadIn && kind === 'recommendation') {
    // "- Group 1:" over a nested list names the group of the items below it.
    return {kind, label: text.replace(/[\s:：]+$/, '')}
  } else if (kind === 'recommendation' && !isQuestion(text)) {
    pushItem(unitFor('recommendation', text, line, state))
  } else if (kind === 'action') {
    const parts = parseAction(text, reader)
    // "Connor do Microsoft TFTI posters" in an action list: the person it opens with owns it.
    const owner = parts.owner ?? leadingOwner(parts.text, reader)
    pushItem({kind: 'action', line, ...parts, ...(owner === undefined ? {} : {owner})})
  } else if (kind === 'decision') {
    pushItem(unitFor(kind, text, line, state))
    conclusionTask(state, text, line)
  } else if (kind !== 'recommendation' && isDecisionText(text, state)) {
    // "10/0245/TPO ... asked whether ... RESOLVED: That the Council object ...": the resolution is what was decided.
    const resolved = lines.map((sentence) => state.reader.records.marker(sentence)).find((found) => found?.kind === 'decision' && found.rest.trim() !== '')
    const decision = resolved ? normalizeSpace(resolved.rest) : text
    pushItem({kind: 'decision', text: decision, line})
    assignedTasks(decision, line, state)
  } else if (kind !== 'recommendation' && (taskOwner(text, reader) !== undefined || lines.some((sentence) => reader.records.isUnownedTask(sentence)))) {
    pushItem({kind: 'action', line, ...parseAction(text, reader)})
  } else {
    pushItem({kind: 'point', text, line})
  }
  return afterwards()
}

/** A reader that also takes the bold name an entry opens with as an owner ("**Winni** wird ... nachfragen"). */
function boldOwnerReader(reader: ActionReader, bold: string): ActionReader {
  const name = bold.replace(/[:：]\s*$/u, '').trim()
  if (name === '' || name.split(/\s+/u).length > 3) return reader
  return {...reader, owner: (candidate) => reader.owner(candidate) ?? (candidate.trim() === name ? name : undefined)}
}

/** The person a list entry opens with, one to three words the meeting knows ("Connor ...", "Luke M ..."). */
function leadingOwner(text: string, reader: ActionReader): string | undefined {
  const words = text.split(/\s+/u)
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const owner = reader.owner(words.slice(0, count).join(' '))
    if (owner !== undefined && !reader.records.isEveryone(owner)) return owner
  }
  return undefined
}

/** An entry of an action list that is not an action: a status, a date, a link, "none". */
function isNotAnAction(text: string, records: RecordCues): boolean {
  const rest = records.status(text).text.replace(/^https?:\S+$/u, '').trim()
  // A question under "Action items" ("Who has time to help?") asks for an owner; it is not yet an action.
  return rest === '' || isPlaceholder(rest) || isQuestion(rest) || /^(?:[\p{L}]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[\p{L}]+\.?$/u.test(rest)
}

// "Crob: I will share that with the Governing board": a speaker's own commitment.
const firstPerson = /^(?:(?:ok(?:ay)?|sure|yes|yeah|so|and|then|alright)[,!]?\s+)*(?:I\s+will|I['’]ll|I\s+can|I\s+am\s+going\s+to|I['’]m\s+going\s+to|I\s+shall|ich\s+werde|ich\s+kann|je\s+vais|je\s+peux|voy\s+a|puedo)\s+(?!not\b|be\s+unable\b)\p{Ll}/iu

/** True when a text opens with a speaker label the meeting knows ("Aeva: ...", "DC: ..."). */
function spokenBy(text: string, reader: ActionReader): boolean {
  const label = /^([^:：]{1,40}?)\s*[:：]\s+\S/u.exec(text)
  return label !== null && !reader.records.marker(text) && reader.owner(label[1]!.replace(/\*+/g, '').trim()) !== undefined
}

/** The action a speaker takes on in the first person ("JT: I can look at this"), owned by the speaker. */
function spokenCommitment(text: string, reader: ActionReader): ((line: number) => Unit) | undefined {
  const label = /^([^:：]{1,40}?)\s*[:：]\s+(.*)$/u.exec(text)
  if (!label || !firstPerson.test(label[2]!)) return undefined
  const owner = reader.owner(label[1]!.replace(/\*+/g, '').trim())
  if (owner === undefined) return undefined
  return (line) => ({kind: 'action', line, ...parseAction(label[2]!, reader), owner})
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

/** A section's units and the motions it opened and never closed. */
export interface Classified {
  units: Unit[]
  unfinished: Unfinished[]
}

/**
 * Reads motions across the section's lines and puts each in place of the units it was read from: the opening,
 * the seconder and the "Carried" line become one decision with mover, seconder, votes and outcome.
 */
function withMotions(state: State): {units: Unit[]; unfinished: Unfinished[]} {
  // A motion moved in prose ("Cllr Hale proposed that ...") needs a person to move it: "The meeting moves to" is none.
  const {motions, unfinished} = readMotions(state.lines, state.reader.records, (phrase) => state.reader.owner(phrase) ?? state.reader.owner(cleanName(phrase)))
  if (motions.length === 0) return {units: state.units, unfinished}
  const replaced = new Set<number>()
  const placed = new Map<number, DecisionUnit>()
  for (const motion of motions) {
    const units = motion.lines.map((index) => state.lines[index]!.unit).filter((unit): unit is number => unit !== undefined)
    for (const unit of units) replaced.add(unit)
    const named = (phrase: string): string => state.reader.owner(phrase) ?? state.reader.owner(cleanName(phrase)) ?? cleanName(phrase)
    const mover = motion.mover === undefined ? undefined : named(motion.mover)
    const seconder = motion.seconder === undefined ? undefined : named(motion.seconder)
    const decision: DecisionUnit = {
      kind: 'decision',
      text: normalizeSpace(motion.text),
      line: motion.line,
      outcome: motion.outcome,
      ...(mover === undefined ? {} : {mover}),
      ...(seconder === undefined ? {} : {seconder}),
      ...(motion.votes === undefined ? {} : {votes: motion.votes}),
      ...(motion.unanimous === true ? {unanimous: true} : {})
    }
    placed.set(units[0] ?? -1 - placed.size, decision)
  }
  const units: Unit[] = []
  state.units.forEach((unit, index) => {
    const motion = placed.get(index)
    if (motion) units.push(motion)
    else if (!replaced.has(index)) units.push(unit)
  })
  for (const [index, motion] of placed) if (index < 0) units.push(motion)
  units.sort((a, b) => a.line - b.line)
  return {units, unfinished}
}

/** The trailing name of a phrase ("After discussion Cllr Hale" -> "Cllr Hale"), for movers the meeting does not know. */
function cleanName(phrase: string): string {
  const words = phrase.trim().split(/\s+/u)
  let start = words.length
  while (start > 0 && /^[\p{Lu}][\p{L}.'’-]*$/u.test(words[start - 1]!)) start--
  return (start < words.length ? words.slice(start) : words).join(' ')
}

/** Decisions that elect someone name whom and to what: "Delan Azabani was elected." under "Vote for the President". */
function withElections(units: Unit[], office: string | undefined, records: RecordCues): Unit[] {
  return units.map((unit) => {
    if (unit.kind !== 'decision' || unit.elected !== undefined) return unit
    const counted = votesFor(unit.text)
    if (counted) {
      const holds = counted.office ?? office
      return {...unit, outcome: unit.outcome ?? 'carried', elected: [{name: counted.name, ...(holds === undefined ? {} : {office: holds}), votes: counted.votes}]}
    }
    if (!records.isElection(unit.text)) return unit
    const match =
      /^(.{2,80}?)\s+(?:was|were|is|wurde|ist|a été|est|fue|es)\s+(?:(?:re-)?elected|appointed|selected|gewählt|élue?|elegid[oa]|nombrad[oa])(?:\s+(?:as|to|als|comme|como)?\s*(?:the\s+)?([^(.,;]{2,60}?))?\s*(?:\((\d+)[^)]*\))?[.!]?$/iu.exec(unit.text) ??
      // "Lukas Brandt wurde zum Kassenwart gewählt": German puts the office before the verb.
      /^(.{2,80}?)\s+(?:wurde|wird|ist)\s+(?:zum|zur|als)\s+([^(.,;]{2,60}?)\s+gewählt(?:\s*\((\d+)[^)]*\))?[.!]?$/iu.exec(unit.text)
    if (!match) return unit
    const name = stripHonorifics(match[1]!.replace(/\*+/g, '').trim())
    // "Chairman unanimously", "Treasurer with 4 votes": the office ends where the manner or the count begins.
    const tail = /\s+(?:(?:un)?animously|unanimous|einstimmig|à l['’]unanimité|por unanimidad|with|by|mit|avec|con|par|por)\b.*$/iu
    const named = match[2]?.replace(tail, '').trim() || office
    const count = match[3] ?? /(?:with|by|mit|avec|con)\s+(\d+)\s+(?:votes?|stimmen|voix|votos)/iu.exec(unit.text)?.[1]
    const votes = count === undefined ? undefined : Number(count)
    return {...unit, outcome: unit.outcome ?? 'carried', elected: [{name, ...(named === undefined ? {} : {office: named}), ...(votes === undefined ? {} : {votes})}]}
  })
}

/** The outcome a decision states in its own words ("vertagt", "The proposal was not accepted", "Motion carried"). */
function withOutcomes(units: Unit[], records: RecordCues): Unit[] {
  return units.map((unit) => {
    if (unit.kind !== 'decision' || unit.outcome !== undefined) return unit
    const outcome = records.outcome(unit.text)
    const votes = records.votes(unit.text)
    // "was adopted" is simply a decision; a stated failure, withdrawal or deferral says what became of it.
    const stated = outcome !== undefined && outcome !== 'carried' ? {outcome} : records.isOutcomeLine(unit.text) ? {outcome: outcome ?? 'carried'} : {}
    return {...unit, ...stated, ...(votes === undefined || unit.votes !== undefined ? {} : {votes}), ...(records.unanimous(unit.text) ? {unanimous: true} : {})}
  })
}

/**
 * Everything the decision, action and recommendation extractors read from one section, in source order.
 * Worked out once per section by the caller and handed to each, so the three agree on what each list item is.
 */
export function classifySection(section: Section, recommendationCues: readonly string[], reader: ActionReader): Classified {
  const state = initialState(section, recommendationCues, reader)
  blocks(section.nodes, state)
  const {units, unfinished} = withMotions(state)
  let office: string | undefined
  for (let current: Section | undefined = section; current && office === undefined; current = current.parent) office = reader.records.electionOffice(current.title)
  return {units: withElections(withOutcomes(units, reader.records), office, reader.records), unfinished}
}
