import type {Attendance, Contribution, MeetingRef, OrganizationEntry, PersonEntry, PersonMotion, ActionEntry, SeriesEntry, YearEntry} from './types.js'
import {groupByYear, meetingYear, yearOf, yearPlaces, type YearPlace} from './year-pages.js'

/**
 * The number of meetings above which a person's, an organisation's or a series' page, and the list of all meetings,
 * is split by year. A meeting adds a few lines to such a page (attended, spoke in an item or two, an action), so a
 * hundred keep a page a comfortable read and download; a monthly meeting's regulars pass it only after eight years
 * or so, so most pages never split.
 */
export const splitAbove = 100

/** One year of a split page's index: the year and how many meetings of it the page lists. */
export interface YearCount {
  year: string
  meetings: number
}

/** A person's page: the person, or, once split, their summary with `years` (newest first) and the lists emptied. */
export type PersonPage = PersonEntry & {years?: YearCount[]}

/** One year page of a split person page: the person's records at that year's meetings. */
export interface PersonYear extends YearPlace {
  person: {slug: string; name: string}
  contributions: Contribution[]
  attendance: Attendance[]
  actions: ActionEntry[]
  motions: PersonMotion[]
}

/** An organisation's page: the organisation, or, once split, its summary with `years` (newest first) and no meetings. */
export type OrganizationPage = OrganizationEntry & {years?: YearCount[]}

/** One year page of a split organisation page: the year's meetings that name it. */
export interface OrganizationYear extends YearPlace {
  organization: {slug: string; name: string}
  meetings: MeetingRef[]
}

/** A series' page: the series, or, once split, its summary with `years` (newest first) and no meetings. */
export type SeriesPage = SeriesEntry & {years?: YearCount[]}

/** One year page of a split series page: the series' meetings of that year. */
export interface SeriesYear extends YearPlace {
  series: {slug: string; name: string}
  meetings: MeetingRef[]
}

/** How many distinct meetings of each year `refs` name, newest year first. */
function yearCounts(refs: readonly MeetingRef[]): YearCount[] {
  return [...groupByYear(refs, meetingYear)].map(([year, list]) => ({year, meetings: new Set(list.map((ref) => ref.slug)).size})).reverse()
}

/** The meetings a person's page lists, once each. */
function personMeetings(person: PersonEntry): MeetingRef[] {
  const bySlug = new Map<string, MeetingRef>()
  for (const record of [...person.attendance, ...person.contributions, ...person.actions, ...person.motions]) bySlug.set(record.meeting.slug, record.meeting)
  return [...bySlug.values()]
}

/** The pages of `people`: each person's page, and the year pages of those with more than {@link splitAbove} meetings. */
export function splitPeople(people: readonly PersonEntry[], above = splitAbove): {pages: PersonPage[]; years: PersonYear[]} {
  const pages: PersonPage[] = []
  const years: PersonYear[] = []
  for (const person of people) {
    const meetings = personMeetings(person)
    if (meetings.length <= above) {
      pages.push(person)
      continue
    }
    const of = <T extends {meeting: MeetingRef}>(list: readonly T[]) => groupByYear(list, yearOf)
    const [contributions, attendance, actions, motions] = [of(person.contributions), of(person.attendance), of(person.actions), of(person.motions)]
    const counts = yearCounts(meetings)
    pages.push({...person, contributions: [], attendance: [], actions: [], motions: [], years: counts})
    const ref = {slug: person.slug, name: person.name}
    for (const place of yearPlaces(counts.map((count) => count.year).reverse())) {
      years.push({
        ...place,
        person: ref,
        contributions: contributions.get(place.year) ?? [],
        attendance: attendance.get(place.year) ?? [],
        actions: actions.get(place.year) ?? [],
        motions: motions.get(place.year) ?? []
      })
    }
  }
  return {pages, years}
}

/**
 * The pages of `entries` that list meetings (organisations, series): each one's page, and the year pages, made by
 * `yearPage`, of those with more than `above` meetings, whose own page then keeps its years (newest first) and no
 * meetings.
 */
function splitMeetingLists<E extends {slug: string; name: string; meetings: MeetingRef[]}, Y>(
  entries: readonly E[],
  above: number,
  yearPage: (ref: {slug: string; name: string}, place: YearPlace, meetings: MeetingRef[]) => Y
): {pages: Array<E & {years?: YearCount[]}>; years: Y[]} {
  const pages: Array<E & {years?: YearCount[]}> = []
  const years: Y[] = []
  for (const entry of entries) {
    if (entry.meetings.length <= above) {
      pages.push(entry)
      continue
    }
    const byYear = groupByYear(entry.meetings, meetingYear)
    pages.push({...entry, meetings: [], years: yearCounts(entry.meetings)})
    const ref = {slug: entry.slug, name: entry.name}
    for (const place of yearPlaces([...byYear.keys()])) years.push(yearPage(ref, place, byYear.get(place.year)!))
  }
  return {pages, years}
}

/** The pages of `organizations`: each one's page, and the year pages of those named at more than {@link splitAbove} meetings. */
export function splitOrganizations(organizations: readonly OrganizationEntry[], above = splitAbove): {pages: OrganizationPage[]; years: OrganizationYear[]} {
  return splitMeetingLists(organizations, above, (organization, place, meetings): OrganizationYear => ({...place, organization, meetings}))
}

/** The pages of `series`: each one's page, and the year pages of those with more than {@link splitAbove} meetings. */
export function splitSeries(series: readonly SeriesEntry[], above = splitAbove): {pages: SeriesPage[]; years: SeriesYear[]} {
  return splitMeetingLists(series, above, (entry, place, meetings): SeriesYear => ({...place, series: entry, meetings}))
}

/**
 * The years of the list of all meetings (`/meetings/`), newest first, each with its count of meetings, when the
 * archive has more than {@link splitAbove} meetings: the list then links each year's page (`/years/<yyyy>/`, which
 * lists that year's meetings) rather than every meeting. None (an empty list) when it lists every meeting.
 */
export function meetingYears(years: readonly YearEntry[], above = splitAbove): YearCount[] {
  const meetings = years.reduce((sum, year) => sum + year.meetings.length, 0)
  return meetings <= above ? [] : years.map((year) => ({year: year.year, meetings: year.meetings.length})).reverse()
}
