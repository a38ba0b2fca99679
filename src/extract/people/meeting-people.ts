import type {Config} from '../../model/config.js'
import type {AttendeeEntry} from '../../model/front-matter.js'
import type {ExtractContext} from '../context.js'
import {PeopleIndex, type KnownPerson} from './known-people.js'
import {canonicalOrganization, organizationWritings} from './registry-organizations.js'
import {nameKey} from '../../text/names.js'

/** The people and organisation names a meeting knows before reading its prose. */
export interface MeetingPeople {
  index: PeopleIndex
  chair: KnownPerson | undefined
  /** The front matter's people (attendees, then the chair), merged with their registry entries. */
  attendees: KnownPerson[]
  /** Normalised writings of every known organisation (registry, attendees, chair). */
  organizations: Set<string>
}

function registryPerson(config: Config, entry: Config['people'][number]): KnownPerson {
  return {
    name: entry.name,
    ...(entry.role === undefined ? {} : {role: entry.role}),
    ...(entry.organization === undefined ? {} : {organization: canonicalOrganization(config, entry.organization)})
  }
}

/** Adds a front-matter person, merged into the registry entry that has their name or an alias. */
function addAttendee(people: PeopleIndex, config: Config, entry: AttendeeEntry): KnownPerson {
  const writings = [entry.name, ...(entry.aliases ?? [])]
  const existing = writings.map((writing) => people.lookup(writing)).find((person) => person !== undefined)
  const person: KnownPerson = existing ?? {name: entry.name}
  // The meeting's own word on role and organisation comes before the registry's.
  if (entry.role !== undefined) person.role = entry.role
  if (entry.organization !== undefined) person.organization = canonicalOrganization(config, entry.organization)
  people.add(person, writings, true)
  return person
}

/** Indexes the registry people, then the attendees and the chair of this meeting, with all their aliases. */
export function meetingPeople(context: ExtractContext): MeetingPeople {
  const {config, frontMatter} = context
  const index = new PeopleIndex()
  for (const entry of config.people) index.add(registryPerson(config, entry), [entry.name, ...entry.aliases], true)
  const attendees = frontMatter.attendees.map((entry) => addAttendee(index, config, entry))
  const chair = frontMatter.chair === undefined ? undefined : addAttendee(index, config, frontMatter.chair)
  if (chair && !attendees.includes(chair)) attendees.push(chair)
  const organizations = new Set<string>()
  for (const organization of config.organizations) {
    for (const writing of organizationWritings(organization)) organizations.add(nameKey(writing))
  }
  for (const entry of [...frontMatter.attendees, ...(frontMatter.chair ? [frontMatter.chair] : [])]) {
    if (entry.organization !== undefined) organizations.add(nameKey(entry.organization))
  }
  return {index, chair, attendees, organizations}
}
