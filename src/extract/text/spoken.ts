import {parseAction, type ActionReader} from './action-text.js'
import type {Unit} from './unit-state.js'

// "Crob: I will share that with the Governing board": a speaker's own commitment.
const firstPerson = /^(?:(?:ok(?:ay)?|sure|yes|yeah|so|and|then|alright)[,!]?\s+)*(?:I\s+will|I['’]ll|I\s+can|I\s+am\s+going\s+to|I['’]m\s+going\s+to|I\s+shall|ich\s+werde|ich\s+kann|je\s+vais|je\s+peux|voy\s+a|puedo)\s+(?!not\b|be\s+unable\b)\p{Ll}/iu

/** True when a text opens with a speaker label the meeting knows ("Aeva: ...", "DC: ..."). */
export function spokenBy(text: string, reader: ActionReader): boolean {
  const label = /^([^:：]{1,40}?)\s*[:：]\s+\S/u.exec(text)
  return label !== null && !reader.records.marker(text) && reader.owner(label[1]!.replace(/\*+/g, '').trim()) !== undefined
}

/** The action a speaker takes on in the first person ("JT: I can look at this"), owned by the speaker. */
export function spokenCommitment(text: string, reader: ActionReader): ((line: number) => Unit) | undefined {
  const label = /^([^:：]{1,40}?)\s*[:：]\s+(.*)$/u.exec(text)
  if (!label || !firstPerson.test(label[2]!)) return undefined
  const owner = reader.owner(label[1]!.replace(/\*+/g, '').trim())
  if (owner === undefined) return undefined
  return (line) => ({kind: 'action', line, ...parseAction(label[2]!, reader), owner})
}
