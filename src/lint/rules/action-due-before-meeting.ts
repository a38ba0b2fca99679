import type {Action} from '../../model/meeting.js'
import type {CheckedMeeting} from '../rule.js'
import {report, type Rule} from '../rule.js'
import {firstPointOnLine} from '../tree-place.js'
import {excerpt} from './action-without-owner.js'

/** An action's words as compared across meetings: case and spacing do not tell two actions apart. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Whether an earlier meeting records the same action: `new` carries open actions into the next minutes word for word
 * (with the owner in front when the words lacked it), and an action carried past its due date is overdue, not mistyped.
 */
function carried(action: Action, entry: CheckedMeeting, archive: readonly CheckedMeeting[]): boolean {
  const words = fold(action.text)
  const date = entry.meeting!.date
  return archive.some(
    (other) =>
      other !== entry &&
      other.meeting !== undefined &&
      other.meeting.date < date &&
      other.meeting.actions.some((earlier) => words.includes(fold(earlier.text)))
  )
}

/**
 * A new action is due after the meeting that sets it: "by 15 January 2007" in minutes of January 2008 is a year typed
 * from habit, and the actions register would show the action overdue from the day it was set.
 */
export const actionDueBeforeMeeting: Rule = {
  id: 'minutebook:action-due-before-meeting',
  severity: 'warning',
  description:
    'An open action is due on or after the meeting that sets it; an earlier due date is usually a mistyped year (actions carried from an earlier meeting are left alone).',
  check({entry, archive}) {
    const meeting = entry.meeting
    if (meeting === undefined) return
    for (const action of meeting.actions) {
      if (action.due === undefined || action.due >= meeting.date) continue
      // A done or in-progress action is a report on one set earlier, whatever its date.
      if (action.done || action.status !== undefined || carried(action, entry, archive)) continue
      report(
        actionDueBeforeMeeting,
        entry,
        `Unexpected due date \`${action.due}\` before the meeting date \`${meeting.date}\` in \`${excerpt(action.text)}\`, expected a date on or after the meeting`,
        firstPointOnLine(entry.tree, action.line)
      )
    }
  }
}
