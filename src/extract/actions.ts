import type {Action} from '../model/meeting.js'
import type {ExtractContext} from './context.js'
import {stripHonorifics} from '../text/names.js'
import {meetingPeople} from './people/meeting-people.js'
import {classifySection} from './text/classify.js'

/**
 * Fills `actions` on every section: `ACTION:` lines, GFM task items (done when checked) and "Name to <verb> ..."
 * items or sentences, with owner, ISO due date when the text gives a full date, and done state.
 */
export function extractActions(context: ExtractContext): void {
  const people = meetingPeople(context).index
  // "MLZ" or "Cllr Lowe" owns the same actions as the attendee they name: register and ledger follow one person.
  const ownerName = (owner: string): string => people.resolve(owner)?.name ?? stripHonorifics(owner)
  for (const section of context.sections) {
    const {item} = section
    item.actions = classifySection(section, context).flatMap((unit): Action[] =>
      unit.kind === 'action'
        ? [
            {
              text: unit.text,
              ...(unit.owner === undefined ? {} : {owner: ownerName(unit.owner)}),
              ...(unit.due === undefined ? {} : {due: unit.due}),
              done: unit.done,
              item: item.anchor,
              line: unit.line
            }
          ]
        : []
    )
  }
}
