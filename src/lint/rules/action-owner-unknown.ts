import {NameResolver, nameKey} from '../../archive/names.js'
import type {Config} from '../../model/config.js'
import {report, type Rule} from '../rule.js'
import {firstPointOnLine} from '../tree-place.js'

// Owners that are everyone of the meeting, in the languages minutebook reads.
const everyone = new Set(['all', 'everyone', 'everybody', 'alle', 'tous', 'toutes', 'todos', 'todas'])

/** The registry's part of the rule, the same for every meeting: its resolver and the keys of its names. */
interface Registry {
  resolver: NameResolver
  names: Set<string>
}

/** Built once per settings, not per meeting: indexing a large registry again for each meeting would dominate `check`. */
const registries = new WeakMap<Config, Registry>()

function registryOf(config: Config): Registry {
  let registry = registries.get(config)
  if (registry === undefined) {
    const names = new Set<string>()
    for (const organization of config.organizations) {
      for (const name of [organization.name, organization.short, ...organization.aliases]) if (name !== undefined) names.add(nameKey(name))
    }
    for (const person of config.people) names.add(nameKey(person.name))
    registry = {resolver: new NameResolver(config.people), names}
    registries.set(config, registry)
  }
  return registry
}

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
    const {resolver, names} = registryOf(config)
    const present = new Set(
      [...meeting.attendees, ...meeting.apologies, ...(meeting.absent ?? []), ...(meeting.chair ? [meeting.chair] : []), ...meeting.speakers]
        .map((person) => nameKey(resolver.resolve(person.name)))
    )
    for (const action of meeting.actions) {
      for (const owner of (action.owner ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '')) {
        if (everyone.has(owner.toLowerCase())) continue
        const key = nameKey(resolver.resolve(owner))
        if (present.has(key) || names.has(key)) continue
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
