import type {Decision} from '../../model/meeting.js'
import type {RecordCues} from '../../text/record-cues.js'
import {parseAction, taskOwner, type ActionReader} from './action-text.js'
import {normalizeSpace} from './plain-text.js'
import {splitSentences} from './sentences.js'
import {type State, push} from './unit-state.js'

// What reads as decided: conclusion lines, answered questions, arrows, vote counts; and the tasks a decision assigns.

/** True when a text ends with a question mark (quotes and brackets after it allowed). */
export function isQuestion(text: string): boolean {
  return /\?["'”’)\]]*$/.test(text)
}

/** True when one sentence reads as decided: a decision or election cue, an answered question, a vote count. */
export function isDecisionSentence(text: string, state: State): boolean {
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
export function votesFor(text: string): {name: string; office?: string; votes: number} | undefined {
  const match = electedWith.exec(text.trim())
  if (!match) return undefined
  const office = match[1]?.replace(/^\s*\d+[.)]\s*/u, '').trim()
  return {name: match[2]!, ...(office ? {office} : {}), votes: Number(match[3])}
}

/**
 * What a `Conclusion:` or `Decision:` line states: its tasks ("Meshcollider will rebase #14491") are actions of
 * their owners, the rest is the decision.
 */
export function conclusion(rest: string, line: number, state: State, source: string): void {
  push(state, {kind: 'decision', text: rest, line}, source)
  assignedTasks(rest, line, state)
}

/**
 * "Decision: Gary to adjust PR 477 ...", "Atlases - accepted. Tomas will bring them.": decided and assigned, so each
 * sentence that gives a person of the meeting a task is also their action. "Each group will report" stays decided.
 */
export function assignedTasks(decision: string, line: number, state: State): void {
  const personal: ActionReader = {...state.reader, owner: state.reader.person}
  for (const sentence of splitSentences(decision)) {
    const task = normalizeSpace(sentence.text)
    if (task !== '' && taskOwner(task, personal) !== undefined) push(state, {kind: 'action', line, ...parseAction(task, state.reader)})
  }
}

/** A conclusion that is a to-do ("Review #9125", "ping Dana") is decided and is somebody's work: its action too. */
export function conclusionTask(state: State, text: string, line: number): void {
  if (state.reader.records.isImperativeTask(text)) push(state, {kind: 'action', line, ...parseAction(text, state.reader)})
}

/** "Nothing", "None", "No conclusion.", "n/a": a section's placeholder, not a decision. */
export function isPlaceholder(text: string): boolean {
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
export function isSettled(text: string, records: RecordCues): boolean {
  const sentences = splitSentences(text).map((sentence) => sentence.text.trim())
  return sentences.some((sentence, index) => {
    const reply = sentences[index + 1] ?? ''
    return isQuestion(sentence) && answer.test(reply) && !isQuestion(reply) && !records.isNotDecision(reply)
  })
}

/** True when any sentence of a list entry reads as decided, or a `RESOLVED:` line stands in it. */
export function isDecisionText(text: string, state: State): boolean {
  // "... asked about a tree. RESOLVED: That the Council object ..." records a decision mid-item.
  return (
    isSettled(text, state.reader.records) ||
    isConclusionArrow(text, state.reader.records) ||
    splitSentences(text).some((sentence) => isDecisionSentence(sentence.text, state) || state.reader.records.marker(sentence.text)?.kind === 'decision')
  )
}
