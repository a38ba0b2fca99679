import {NameResolver, nameKey} from '../../archive/names.js'
import {report, type Rule} from '../rule.js'
import {firstPointOnLine} from '../tree-place.js'

// Owners that are everyone of the meeting, in the languages minutebook reads.
const everyone = new Set(['all', 'everyone', 'everybody', 'alle', 'tous', 'toutes', 'todos', 'todas'])

/**
 * An action's owner is a person of the meeting (attendee, apology, speaker, chair), a registry person or
 * organisation, or everyone; a name outside them is often a misspelling, or a task for someone who was not told.
 */
export const actionOwnerUnknown: Rule = {
  id: 'minutebook:action-owner-unknown',
  severity: 'warning',
  description:
    'An action is owned by a person of the meeting (attendees, apologies, speakers, chair), the registry, or everyone; another owner is reported.',
  check({entry, config}) {
    const meeting = entry.meeting
    if (meeting === undefined) return
    const resolver = new NameResolver(config.people)
    const known = new Set(
      [...meeting.attendees, ...meeting.apologies, ...(meeting.absent ?? []), ...(meeting.chair ? [meeting.chair] : []), ...meeting.speakers]
        .map((person) => nameKey(resolver.resolve(person.name)))
    )
    for (const organization of config.organizations) {
      for (const name of [organization.name, organization.short, ...organization.aliases]) if (name !== undefined) known.add(nameKey(name))
    }
    for (const person of config.people) known.add(nameKey(person.name))
    for (const action of meeting.actions) {
      for (const owner of (action.owner ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '')) {
        if (everyone.has(owner.toLowerCase()) || known.has(nameKey(resolver.resolve(owner)))) continue
        report(
          actionOwnerUnknown,
          entry,
          `Unexpected action owner \`${owner}\`, expected a person of the meeting (attendees, speakers) or a name in the registry`,
          firstPointOnLine(entry.tree, action.line)
        )
      }
    }
  }
}
