import type {Action} from '../model/meeting.js'
import {stripHonorifics} from '../text/names.js'
import type {Section} from './context.js'
import type {PeopleIndex} from './people/known-people.js'
import type {Unit} from './text/classify.js'

/**
 * The actions of a section: `ACTION:` lines, GFM task items (done when checked) and "Name to <verb> ..." items
 * or sentences, with owner, ISO due date when the text gives a full date, and done state.
 */
export function sectionActions(section: Section, units: readonly Unit[], people: PeopleIndex): Action[] {
  // "MLZ" or "Cllr Lowe" owns the same actions as the attendee they name: register and ledger follow one person.
  const ownerName = (owner: string): string => people.resolve(owner)?.name ?? stripHonorifics(owner)
  return units.flatMap((unit): Action[] =>
    unit.kind === 'action'
      ? [
          {
            text: unit.text,
            ...(unit.owner === undefined ? {} : {owner: ownerName(unit.owner)}),
            ...(unit.due === undefined ? {} : {due: unit.due}),
            done: unit.done,
            item: section.anchor,
            line: unit.line
          }
        ]
      : []
  )
}
