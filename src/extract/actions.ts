import type {Action} from '../model/meeting.js'
import type {Section} from './context.js'
import type {Unit} from './text/classify.js'

/**
 * The actions of a section: `ACTION:` lines, GFM task items (done when checked) and "Name to <verb> ..." items
 * or sentences, with owner, ISO due date when the text gives a full date, and done state.
 */
export function sectionActions(section: Section, units: readonly Unit[]): Action[] {
  return units.flatMap((unit): Action[] =>
    unit.kind === 'action'
      ? [
          {
            text: unit.text,
            // Owners are resolved while reading ("MLZ", "Cllr Lowe" -> the attendee), so register and ledger follow one person.
            ...(unit.owner === undefined ? {} : {owner: unit.owner}),
            ...(unit.due === undefined ? {} : {due: unit.due}),
            done: unit.done,
            ...(unit.status === undefined ? {} : {status: unit.status}),
            item: section.anchor,
            line: unit.line
          }
        ]
      : []
  )
}
