import {parseDueDate} from './due-date.js'
import {ownerBeforeSeparator, ownerBeforeTo} from './owner.js'
import {normalizeSpace} from './plain-text.js'

/** The parts of one action's text. */
export interface ActionParts {
  text: string
  owner?: string
  due?: string
  done: boolean
}

/**
 * Done markers outside task lists: "(done)", "[done]", "(completed)" in any case, or DONE in capitals
 * (lower-case "done" is ordinary prose: "work done so far").
 */
const doneMarker = /\s*(?:\((?:[Dd]one|DONE|[Cc]ompleted|COMPLETED)\)|\[(?:[Dd]one|DONE|[Cc]ompleted|COMPLETED)\]|(?<![\p{L}\p{N}])DONE(?![\p{L}\p{N}])[:.]?)\s*/gu

/**
 * Splits an action's text (marker and checkbox already removed) into text, owner, due date and done state.
 * `checked` is the task checkbox when there is one; it overrides written done markers.
 */
export function parseAction(raw: string, checked?: boolean | null): ActionParts {
  let done = false
  const stripped = raw.replace(doneMarker, () => {
    done = true
    return ' '
  })
  // An action that is nothing but a done marker ("ACTION: DONE") keeps its words rather than going blank.
  const text = normalizeSpace(stripped) || normalizeSpace(raw)
  const owner = ownerBeforeTo(text) ?? ownerBeforeSeparator(text)
  const due = parseDueDate(text)
  return {
    text,
    ...(owner === undefined ? {} : {owner}),
    ...(due === undefined ? {} : {due}),
    done: typeof checked === 'boolean' ? checked : done
  }
}

/** True when a text has the "Name to <verb> ..." form of an action. */
export function isOwnerTask(text: string): boolean {
  return ownerBeforeTo(normalizeSpace(text)) !== undefined
}
