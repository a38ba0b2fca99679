import type {ListItem} from 'mdast'
import type {MarkerKind, RecordCues} from '../../text/record-cues.js'
import {parseAction, taskOwner, type ActionReader} from './action-text.js'
import {blockText} from './block-text.js'
import {normalizeSpace, plainText} from './plain-text.js'
import {splitSentences} from './sentences.js'
import {type State, titleKind, unitFor, push, note, type Unit} from './unit-state.js'
import {isQuestion, assignedTasks, conclusionTask, isPlaceholder, isDecisionText} from './decided.js'
import {paragraph} from './paragraph.js'
import {spokenBy, spokenCommitment} from './spoken.js'

/** The text of a list item without its nested lists. */
function ownText(item: ListItem): string {
  return normalizeSpace(
    item.children
      .filter((child) => child.type !== 'list')
      .map((child) => blockText(child))
      .join(' ')
  )
}

/**
 * A list item is exactly one thing. Precedence: a task item is an action; then an explicit marker;
 * then the kind of the list (recommendation lists win over "Taskforce to work on ..." reading as an action);
 * then prose that reads as a decision or an owner's task; otherwise a point.
 * Returns the kind and group label its nested lists inherit.
 */
export function listItem(item: ListItem, listKind: MarkerKind | undefined, state: State): {kind: MarkerKind | undefined; label: string | undefined} {
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
