import type {Paragraph, RootContent} from 'mdast'
import type {MarkerKind} from '../../text/record-cues.js'
import {parseAction, taskOwner} from './action-text.js'
import {hasRecommendationCue} from './cues.js'
import {locatedText, normalizeSpace, plainText} from './plain-text.js'
import {splitSentences} from './sentences.js'
import {type State, titleKind, unitFor, push, note} from './unit-state.js'
import {isQuestion, isDecisionSentence, conclusion, conclusionTask, isPlaceholder, isSettled} from './decided.js'
import {spokenCommitment} from './spoken.js'

/** The text of a paragraph that is nothing but bold (`**Group 1**`, `**Prevention:**`), without its colon. */
function labelOf(paragraph: Paragraph): string | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && /^[\s:：]*$/.test(child.value)))
  const only = meaningful[0]
  if (meaningful.length !== 1 || only?.type !== 'strong') return undefined
  const text = plainText(only).replace(/[\s:：]+$/, '')
  return text === '' ? undefined : text
}

// A chat log's turn: a name and a time alone on a line ("Neil (01:02 pm)").
const chatTurn = /^[^\n():]{1,48}?\s*\(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\)\s*$/iu

/** A paragraph: marker lines become their kind; other sentences are decisions or actions when they read as one. */
export function paragraph(node: Paragraph, next: RootContent | undefined, state: State): void {
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
