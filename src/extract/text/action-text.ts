import type {RecordCues} from '../../text/record-cues.js'
import {parseDueDate} from './due-date.js'
import {ownerBeforeSeparator, ownerBeforeVerb, ownerByAgent, ownerByHandle, type OwnerResolver} from './owner.js'
import {normalizeSpace} from './plain-text.js'

/** The parts of one action's text. */
export interface ActionParts {
  text: string
  owner?: string
  due?: string
  done: boolean
  status?: 'done' | 'in-progress'
}

/** What reading an action needs: the meeting's record cues, who may own it, and who is a person of the meeting. */
export interface ActionReader {
  records: RecordCues
  owner: OwnerResolver
  /** The person of the meeting a name is (roll call, registry, speaker, handle), or undefined: teams and offices are not. */
  person: OwnerResolver
}

/**
 * Splits an action's text (marker and checkbox already removed) into text, owner, due date and status.
 * `checked` is the task checkbox when there is one; it overrides written status words.
 */
export function parseAction(raw: string, reader: ActionReader, checked?: boolean | null): ActionParts {
  const {status, text: withoutStatus} = reader.records.status(normalizeSpace(raw))
  // An action that is nothing but a status ("ACTION: DONE") keeps its words rather than going blank.
  const text = withoutStatus === '' ? normalizeSpace(raw) : withoutStatus
  const owner =
    ownerByHandle(text, reader.owner) ?? ownerBeforeVerb(text, reader.records, reader.owner) ?? ownerBeforeSeparator(text, reader.owner) ?? ownerByAgent(text, reader.records, reader.owner)
  const due = parseDueDate(text, reader.records)
  const done = typeof checked === 'boolean' ? checked : status === 'done'
  const finalStatus = typeof checked === 'boolean' ? (checked ? 'done' : undefined) : status
  return {
    text,
    ...(owner === undefined ? {} : {owner}),
    ...(due === undefined ? {} : {due}),
    done,
    ...(finalStatus === undefined ? {} : {status: finalStatus})
  }
}

/** The owner of a sentence that reads as a task ("Dana to circulate ...", "Kate will clean up ..."), if it is one. */
export function taskOwner(text: string, reader: ActionReader): string | undefined {
  // "offen, Yannik klärt das": a status before the task is not part of its owner.
  const plain = reader.records.status(normalizeSpace(text)).text
  return ownerBeforeVerb(plain, reader.records, reader.owner) ?? ownerByHandle(plain, reader.owner) ?? ownerByAgent(plain, reader.records, reader.owner)
}
