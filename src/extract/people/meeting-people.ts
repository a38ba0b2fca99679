import type {Config} from '../../model/config.js'
import {nameKey} from '../../text/names.js'
import type {Attendance, AttendancePerson} from '../attendance/attendance.js'
import {PeopleIndex, type KnownPerson} from './known-people.js'
import {canonicalOrganization, organizationWritings} from './registry-organizations.js'

/** The people and organisation names a meeting knows before reading its prose. */
export interface MeetingPeople {
  index: PeopleIndex
  chair: KnownPerson | undefined
  /** The people of the roll call (attendees, then the chair), merged with their registry entries. */
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

/** Adds a person of the roll call, merged into the registry entry that has their name or an alias. */
function addListed(people: PeopleIndex, config: Config, entry: AttendancePerson): KnownPerson {
  const writings = [entry.name, ...entry.aliases]
  const existing = writings.map((writing) => people.lookup(writing)).find((person) => person !== undefined)
  const person: KnownPerson = existing ?? {name: entry.name}
  // The meeting's own word on role and organisation comes before the registry's.
  if (entry.role !== undefined) person.role = entry.role
  if (entry.organization !== undefined) person.organization = canonicalOrganization(config, entry.organization)
  people.add(person, writings, true)
  return person
}

/**
 * Indexes the registry people, then the meeting's attendees, chair, apologies and absentees with every
 * spelling the front matter and the roll calls give (an absent member may still write in).
 */
export function meetingPeople(config: Config, attendance: Attendance): MeetingPeople {
  const index = new PeopleIndex()
  for (const entry of config.people) index.add(registryPerson(config, entry), [entry.name, ...entry.aliases], true)
  const attendees = attendance.attendees.map((entry) => addListed(index, config, entry))
  const chair = attendance.chair === undefined ? undefined : addListed(index, config, attendance.chair)
  if (chair && !attendees.includes(chair)) attendees.push(chair)
  for (const entry of [...attendance.apologies, ...attendance.absent]) addListed(index, config, entry)
  const organizations = new Set<string>()
  for (const organization of config.organizations) {
    for (const writing of organizationWritings(organization)) organizations.add(nameKey(writing))
  }
  for (const entry of [...attendance.attendees, ...(attendance.chair ? [attendance.chair] : [])]) {
    if (entry.organization !== undefined) organizations.add(nameKey(entry.organization))
  }
  return {index, chair, attendees, organizations}
}
