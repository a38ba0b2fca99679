import type {AttendeeEntry, FrontMatter} from '../../model/front-matter.js'
import type {Person} from '../../model/meeting.js'
import type {CueSet} from '../../text/languages/index.js'
import {nameKey, stripHonorifics} from '../../text/names.js'
import type {AttendanceBlock} from '../context.js'
import type {RollEntry} from './entry.js'
import {readRollCall, type Listed} from './roll-call.js'

/** Someone the meeting knows by attendance: how they are named, written otherwise, and placed. */
export interface AttendancePerson extends Person {
  aliases: string[]
}

/** Who was there and who was not, from the front matter and the roll calls in the body, merged. */
export interface Attendance {
  attendees: AttendancePerson[]
  apologies: AttendancePerson[]
  absent: AttendancePerson[]
  chair: AttendancePerson | undefined
  /** People the body lists and the front matter does not (or the other way round), for a `check` warning. */
  disagreements: Array<{name: string; line: number; listedIn: 'body' | 'front matter'}>
}

function fromFrontMatter(entry: AttendeeEntry): AttendancePerson {
  return {
    name: entry.name,
    ...(entry.role === undefined ? {} : {role: entry.role}),
    ...(entry.organization === undefined ? {} : {organization: entry.organization}),
    aliases: [...(entry.aliases ?? [])]
  }
}

function fromRoll(entry: RollEntry, role?: string): AttendancePerson {
  const ownRole = entry.role ?? role
  return {
    name: entry.name,
    ...(ownRole === undefined ? {} : {role: ownRole}),
    ...(entry.organization === undefined ? {} : {organization: entry.organization}),
    aliases: [...entry.aliases]
  }
}

/** A list of people with one entry per name; a later listing adds aliases, role and organisation it lacks. */
class PeopleList {
  readonly people: AttendancePerson[] = []
  private readonly byKey = new Map<string, AttendancePerson>()

  find(person: {name: string; aliases?: readonly string[]}): AttendancePerson | undefined {
    for (const writing of [person.name, ...(person.aliases ?? [])]) {
      const found = this.byKey.get(nameKey(stripHonorifics(writing)))
      if (found) return found
    }
    return undefined
  }

  add(person: AttendancePerson): AttendancePerson {
    const existing = this.find(person)
    if (existing) {
      for (const alias of [person.name, ...person.aliases]) {
        if (nameKey(alias) !== nameKey(existing.name) && !existing.aliases.some((known) => nameKey(known) === nameKey(alias))) existing.aliases.push(alias)
      }
      if (existing.role === undefined && person.role !== undefined) existing.role = person.role
      if (existing.organization === undefined && person.organization !== undefined) existing.organization = person.organization
      this.index(existing)
      return existing
    }
    this.people.push(person)
    this.index(person)
    return person
  }

  private index(person: AttendancePerson): void {
    for (const writing of [person.name, ...person.aliases]) {
      const key = nameKey(stripHonorifics(writing))
      if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, person)
    }
  }
}

const roleOf: Partial<Record<Listed['kind'], string>> = {guests: 'Guest', chair: 'Chair', scribe: 'Scribe'}

function isChairRole(role: string | undefined): boolean {
  return role !== undefined && /^(?:chair|chairperson|chairman|chairwoman|co-chair|vorsitz\w*|président\w*|presidente?a?)$/iu.test(role.trim())
}

/**
 * Merges the front matter's attendees, apologies and chair with the roll calls read from the body. The front
 * matter wins: when it lists attendees, they are the attendees, and the body only adds the spellings it uses
 * (handles, abbreviations); a difference between the two is reported for `check`.
 */
export function extractAttendance(blocks: readonly AttendanceBlock[], frontMatter: FrontMatter, cues: CueSet): Attendance {
  const listed = blocks.flatMap((block) => readRollCall(block.nodes, block.kind, cues))
  const fromBody = {present: new PeopleList(), apologies: new PeopleList(), absent: new PeopleList()}
  let bodyChair: AttendancePerson | undefined
  for (const {kind, entry} of listed) {
    const person = fromRoll(entry, roleOf[kind])
    if (kind === 'apologies') fromBody.apologies.add(person)
    else if (kind === 'absent') fromBody.absent.add(person)
    else {
      const added = fromBody.present.add(person)
      if (kind === 'chair' || isChairRole(added.role)) bodyChair ??= added
    }
  }
  const lines = new Map(listed.map(({entry, line}) => [nameKey(entry.name), line]))
  const disagreements: Attendance['disagreements'] = []
  const attendees = new PeopleList()
  const apologies = new PeopleList()
  const chair = frontMatter.chair === undefined ? undefined : fromFrontMatter(frontMatter.chair)
  if (frontMatter.attendees.length > 0) {
    for (const entry of frontMatter.attendees) attendees.add(fromFrontMatter(entry))
    if (chair) attendees.add({...chair, aliases: [...chair.aliases]})
    for (const person of fromBody.present.people) {
      const known = attendees.find(person)
      if (known) attendees.add({name: known.name, aliases: [person.name, ...person.aliases]})
      else disagreements.push({name: person.name, line: lines.get(nameKey(person.name)) ?? 1, listedIn: 'body'})
    }
  } else {
    for (const person of fromBody.present.people) attendees.add(person)
  }
  for (const entry of frontMatter.apologies) apologies.add(fromFrontMatter(entry))
  if (frontMatter.apologies.length === 0) for (const person of fromBody.apologies.people) apologies.add(person)
  const presentKeys = attendees.people
  return {
    attendees: frontMatter.attendees.length > 0 ? presentKeys.filter((person) => frontMatter.attendees.some((entry) => nameKey(entry.name) === nameKey(person.name))) : presentKeys,
    apologies: apologies.people,
    absent: fromBody.absent.people,
    chair: chair ?? bodyChair,
    disagreements
  }
}
