import type {Config} from '../model/config.js'
import type {Meeting, Person} from '../model/meeting.js'
import {compareMeetings, compareStrings} from '../text/compare.js'
import {NameResolver, OrganizationResolver, nameKey, type AttendeeAliases} from './names.js'
import {OrganizationCollector} from './organizations.js'
import {PeopleCollector} from './people.js'
import {buildActionLedger} from './action-ledger.js'
import {ownerNames} from './owners.js'
import {withPersonRecords} from './person-records.js'
import {actionsRegister, decisionEntries, decisionNames, decisionsRegister, recommendationsRegister} from './registers.js'
import {uniqueSlugs} from '../text/slug.js'
import {flattenItems, type Archive, type MeetingEntry, type MeetingRef, type PersonBase, type SeriesEntry, type YearEntry} from './types.js'

/** Extra inputs of {@link buildArchive} that the Meeting contract does not carry. */
export interface BuildArchiveOptions {
  /** Aliases the attendees of each meeting declare in front matter (`aliases: [Mr Yim Po]`). */
  attendeeAliases?: readonly AttendeeAliases[]
}

/** A short reference to a meeting. */
function meetingRef(meeting: Meeting): MeetingRef {
  return {
    slug: meeting.slug,
    title: meeting.title,
    date: meeting.date,
    ...(meeting.series === undefined ? {} : {series: meeting.series})
  }
}

function people(meeting: Meeting): Person[] {
  return [
    ...(meeting.chair ? [meeting.chair] : []),
    ...meeting.attendees,
    ...meeting.apologies,
    ...meeting.speakers,
    ...flattenItems(meeting.items).flatMap((item) => item.speakers)
  ]
}

/** Names a meeting gives people besides its attendance and speakers: action owners, movers, seconders, those elected. */
function namedInRecords(meeting: Meeting): string[] {
  return [
    ...meeting.actions.flatMap((action) => ownerNames(action.owner)),
    ...meeting.decisions.flatMap(decisionNames)
  ]
}

/**
 * The registers of an Archive, and the people with the actions and motions the registers give them: what
 * {@link buildArchiveInSteps} leaves for its second step.
 */
export type ArchiveRegisters = Pick<Archive, 'decisions' | 'motionsNotCarried' | 'actions' | 'recommendations' | 'people'>

/** The Archive as its first step has it: people without their actions and motions, no registers. */
export type ArchiveBase = Omit<Archive, keyof ArchiveRegisters> & {people: PersonBase[]}

/**
 * Builds the Archive from parsed meetings: sorted meetings with previous/next in their series and
 * approvals, people and organisations merged through the registry, series, years and the registers.
 * Pure: the same meetings and config always give the same archive.
 */
export function buildArchive(meetings: readonly Meeting[], config: Config, options: BuildArchiveOptions = {}): Archive {
  const steps = buildArchiveInSteps(meetings, config, options)
  return {...steps.archive, ...steps.registers()}
}

/**
 * {@link buildArchive} in two steps: the meetings, people, organisations, series and years at once, the registers
 * (most of them the action ledger's matching) when asked, so a build can start what needs only the first step
 * (the search index) before the registers are made.
 */
export function buildArchiveInSteps(
  meetings: readonly Meeting[],
  config: Config,
  options: BuildArchiveOptions = {}
): {archive: ArchiveBase; registers(): ArchiveRegisters} {
  const sorted = [...meetings].sort(compareMeetings)
  const refs = sorted.map((meeting) => ({meeting, ref: meetingRef(meeting)}))
  const names = new NameResolver(config.people, options.attendeeAliases ?? [])
  const organizationResolver = new OrganizationResolver(config.organizations)

  const peopleCollector = new PeopleCollector(names, config)
  const organizations = new OrganizationCollector(organizationResolver)
  for (const {meeting, ref} of refs) {
    peopleCollector.add(meeting, ref)
    const mentioned = [...meeting.organizations, ...people(meeting).flatMap((person) => (person.organization === undefined ? [] : [person.organization]))]
    organizations.add(mentioned, ref)
  }
  const organizationSlugs = organizations.slugs()
  const organizationSlug = (name: string): string | undefined => organizationSlugs.get(nameKey(organizations.name(name)))
  const personEntries = peopleCollector.entries((name) => organizations.name(name), organizationSlug)
  const personSlugByKey = new Map(personEntries.map((person) => [nameKey(person.name), person.slug]))
  const personSlug = (spelling: string): string | undefined => personSlugByKey.get(peopleCollector.keyOf(spelling))

  const affiliations = new Map<string, Set<string>>()
  for (const person of personEntries) {
    const keys = new Set<string>()
    const all = [person.organization, ...person.contributions.map((c) => c.organization), ...person.attendance.map((a) => a.organization)]
    for (const name of all) if (name !== undefined) keys.add(nameKey(organizations.name(name)))
    affiliations.set(person.slug, keys)
  }
  const organizationEntries = organizations.entries(organizationSlugs, personEntries, affiliations)

  const seriesNames = new Map<string, string>()
  for (const {meeting} of refs) {
    if (meeting.series !== undefined && !seriesNames.has(nameKey(meeting.series))) seriesNames.set(nameKey(meeting.series), meeting.series)
  }
  const seriesSorted = [...seriesNames.values()].sort(compareStrings)
  const seriesSlugs = uniqueSlugs(seriesSorted, 'series')
  const seriesSlug = (name: string): string | undefined => seriesSlugs.get(seriesNames.get(nameKey(name)) ?? '')
  // Meetings grouped once by series key and by year: scanning every meeting per series or per entry grows as n².
  const bySeriesKey = new Map<string, MeetingRef[]>()
  for (const {meeting, ref} of refs) {
    if (meeting.series === undefined) continue
    const key = nameKey(meeting.series)
    const list = bySeriesKey.get(key)
    if (list) list.push(ref)
    else bySeriesKey.set(key, [ref])
  }
  const series: SeriesEntry[] = seriesSorted.map((name) => ({
    slug: seriesSlugs.get(name) ?? 'series',
    name,
    meetings: bySeriesKey.get(nameKey(name)) ?? []
  }))
  const seriesBySlug = new Map(series.map((entry) => [entry.slug, entry]))
  const positionInSeries = new Map<string, number>()
  for (const entry of series) entry.meetings.forEach((ref, position) => positionInSeries.set(`${entry.slug}\0${ref.slug}`, position))

  const yearMap = new Map<string, MeetingRef[]>()
  for (const {meeting, ref} of refs) {
    const year = meeting.date.slice(0, 4)
    const list = yearMap.get(year)
    if (list) list.push(ref)
    else yearMap.set(year, [ref])
  }
  const years: YearEntry[] = [...yearMap.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([year, list]) => ({year, meetings: list}))

  const bySlug = new Map(refs.map(({meeting, ref}) => [meeting.slug, {meeting, ref}]))
  const adoptedAt = new Map<string, MeetingRef>()
  for (const {meeting, ref} of refs) {
    if (meeting.approves !== undefined && bySlug.has(meeting.approves) && !adoptedAt.has(meeting.approves)) adoptedAt.set(meeting.approves, ref)
  }

  const entries: MeetingEntry[] = refs.map(({meeting, ref}) => {
    const slug = meeting.series === undefined ? undefined : seriesSlug(meeting.series)
    const siblings = (slug === undefined ? undefined : seriesBySlug.get(slug))?.meetings ?? []
    const index = slug === undefined ? -1 : (positionInSeries.get(`${slug}\0${meeting.slug}`) ?? -1)
    const previous = index > 0 ? siblings[index - 1] : undefined
    const next = index >= 0 ? siblings[index + 1] : undefined
    const approves = meeting.approves === undefined ? undefined : bySlug.get(meeting.approves)?.ref
    const adopted = adoptedAt.get(meeting.slug)
    const personSlugs: Record<string, string> = {}
    // The whole `owner` too: a template copied from an older minutebook looks it up as one name.
    const owners = meeting.actions.flatMap((action) => (action.owner === undefined ? [] : [action.owner]))
    const spellings = [...people(meeting).map((person) => person.name), ...owners, ...namedInRecords(meeting)]
    for (const name of spellings.sort(compareStrings)) {
      const found = personSlug(name)
      if (found !== undefined) personSlugs[name] = found
    }
    const orgSlugs: Record<string, string> = {}
    const orgNames = [...meeting.organizations, ...people(meeting).flatMap((person) => (person.organization === undefined ? [] : [person.organization]))]
    for (const name of orgNames.sort(compareStrings)) {
      const found = organizationSlug(name)
      if (found !== undefined) orgSlugs[name] = found
    }
    return {
      meeting,
      year: meeting.date.slice(0, 4),
      ...(slug === undefined ? {} : {seriesSlug: slug}),
      ...(previous === undefined ? {} : {previous}),
      ...(next === undefined ? {} : {next}),
      ...(approves === undefined ? {} : {approves}),
      ...(adopted === undefined ? {} : {adoptedAt: adopted}),
      personSlugs,
      organizationSlugs: orgSlugs
    }
  })

  return {
    archive: {title: config.title, meetings: entries, people: personEntries, organizations: organizationEntries, series, years},
    registers: () => {
      const decisions = decisionEntries(refs, personSlug)
      const actions = actionsRegister(refs, buildActionLedger(sorted, {resolveName: (name) => names.resolve(name)}), personSlug)
      return {
        ...decisionsRegister(decisions),
        actions,
        recommendations: recommendationsRegister(refs),
        people: withPersonRecords(personEntries, actions, decisions)
      }
    }
  }
}
