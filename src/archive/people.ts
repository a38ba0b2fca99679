import type {Config} from '../model/config.js'
import type {Meeting, Person} from '../model/meeting.js'
import {compareStrings} from '../text/compare.js'
import {nameKey, type NameResolver} from './names.js'
import {uniqueSlugs} from '../text/slug.js'
import {flattenItems, type Attendance, type Contribution, type MeetingRef, type PersonBase} from './types.js'

/** A person while the archive is gathered: every spelling and every appearance. */
interface PersonDraft {
  name: string
  spellings: Set<string>
  contributions: Contribution[]
  attendance: Attendance[]
  /** Role and organisation in meeting order, the latest wins when the registry has none. */
  roles: string[]
  organizations: string[]
}

function withRoleOrg<T extends object>(base: T, person: Person | undefined): T & {role?: string; organization?: string} {
  return {
    ...base,
    ...(person?.role === undefined ? {} : {role: person.role}),
    ...(person?.organization === undefined ? {} : {organization: person.organization})
  }
}

/** Gathers people from every meeting: attendance (chair, attendees, apologies) and contributions per item. */
export class PeopleCollector {
  private readonly drafts = new Map<string, PersonDraft>()
  /** Keys already worked out, by spelling. */
  private readonly keys = new Map<string, string>()

  constructor(
    private readonly resolver: NameResolver,
    private readonly config: Config
  ) {}

  private draft(spelling: string): PersonDraft {
    const canonical = this.resolver.resolve(spelling)
    const key = nameKey(canonical)
    let draft = this.drafts.get(key)
    if (!draft) {
      draft = {name: canonical, spellings: new Set(), contributions: [], attendance: [], roles: [], organizations: []}
      this.drafts.set(key, draft)
    }
    draft.spellings.add(spelling.trim())
    return draft
  }

  private note(draft: PersonDraft, person: Person | undefined): void {
    if (person?.role !== undefined) draft.roles.push(person.role)
    if (person?.organization !== undefined) draft.organizations.push(person.organization)
  }

  /** The key of the person a spelling names, whether or not they appear yet. */
  keyOf(spelling: string): string {
    let key = this.keys.get(spelling)
    if (key === undefined) this.keys.set(spelling, (key = nameKey(this.resolver.resolve(spelling))))
    return key
  }

  /** Adds one meeting (meetings must come in date order, so "latest role" means latest meeting). */
  add(meeting: Meeting, ref: MeetingRef): void {
    const seen = new Set<string>()
    const attend = (person: Person, as: Attendance['as']): void => {
      const draft = this.draft(person.name)
      const key = nameKey(draft.name)
      if (seen.has(key)) return
      seen.add(key)
      draft.attendance.push(withRoleOrg({meeting: ref, as}, person))
      this.note(draft, person)
    }
    if (meeting.chair) attend(meeting.chair, 'chair')
    for (const person of meeting.attendees) attend(person, 'attendee')
    for (const person of meeting.apologies) attend(person, 'apologies')

    const unnamed = new Set(meeting.speakers.filter((speaker) => speaker.unnamed === true).map((speaker) => nameKey(speaker.name)))
    const attendeeByKey = new Map<string, Person>()
    for (const person of [...(meeting.chair ? [meeting.chair] : []), ...meeting.attendees]) {
      attendeeByKey.set(this.keyOf(person.name), person)
    }
    for (const item of flattenItems(meeting.items)) {
      const here: Person[] = [
        ...item.speakers,
        ...meeting.speakers.filter((speaker) => speaker.unnamed !== true && speaker.items.includes(item.anchor))
      ]
      const done = new Set<string>()
      for (const person of here) {
        if (unnamed.has(nameKey(person.name)) || person.name.trim() === '') continue
        const draft = this.draft(person.name)
        const key = nameKey(draft.name)
        if (done.has(key)) continue
        done.add(key)
        // Role and organisation as of this meeting: the item's words, then the meeting's, never today's registry.
        const speaker = meeting.speakers.find((candidate) => this.keyOf(candidate.name) === key)
        const known: Person = {
          name: person.name,
          ...pick('role', person, speaker, attendeeByKey.get(key)),
          ...pick('organization', person, speaker, attendeeByKey.get(key))
        }
        const itemRef = {anchor: item.anchor, title: item.title, ...(item.number === undefined ? {} : {number: item.number})}
        draft.contributions.push(withRoleOrg({meeting: ref, item: itemRef}, known))
        this.note(draft, known)
      }
    }
  }

  /** Finished person entries, sorted by name, with unique slugs; `organizationSlug` resolves organisation pages. */
  entries(organizationName: (name: string) => string, organizationSlug: (name: string) => string | undefined): PersonBase[] {
    const drafts = [...this.drafts.values()].sort((a, b) => compareStrings(a.name, b.name))
    const slugs = uniqueSlugs(
      drafts.map((draft) => draft.name),
      'person'
    )
    return drafts.map((draft) => {
      const registered = this.config.people.find((person) => nameKey(person.name) === nameKey(draft.name))
      const role = registered?.role ?? draft.roles.at(-1)
      const rawOrganization = registered?.organization ?? draft.organizations.at(-1)
      const organization = rawOrganization === undefined ? undefined : organizationName(rawOrganization)
      const orgSlug = organization === undefined ? undefined : organizationSlug(organization)
      return {
        slug: slugs.get(draft.name) ?? 'person',
        name: draft.name,
        aliases: [...draft.spellings].filter((spelling) => spelling !== draft.name).sort(compareStrings),
        ...(role === undefined ? {} : {role}),
        ...(organization === undefined ? {} : {organization}),
        ...(orgSlug === undefined ? {} : {organizationSlug: orgSlug}),
        contributions: draft.contributions,
        attendance: draft.attendance
      }
    })
  }

  /** Every organisation name any person was given, in meeting order. */
  organizationNames(): string[] {
    return [...this.drafts.values()].flatMap((draft) => draft.organizations)
  }
}

function pick(field: 'role' | 'organization', ...sources: (Person | undefined)[]): {role?: string; organization?: string} {
  for (const source of sources) {
    const value = source?.[field]
    if (value !== undefined) return {[field]: value}
  }
  return {}
}
