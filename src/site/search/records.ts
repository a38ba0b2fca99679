import type {AgendaItem, Meeting, Person} from '../../model/meeting.js'
import {htmlToText} from './html-text.js'
import {spelledNames, type SearchNames} from './names.js'
import {segmentWords} from './segment.js'

/** One search record as Pagefind's `addCustomRecord` takes it (kept free of Pagefind so it is testable alone). */
export interface SearchRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/** Options for `searchRecords`: the site's path prefix, the one language all records share, page names. */
export interface SearchRecordOptions {
  pathPrefix: string
  language: string
  /** Person and organisation page names for the filters; the spellings of the minutes by default. */
  names?: SearchNames
  /** The plain text of each meeting's items in document order, by slug, when already worked out (else from the HTML). */
  itemTexts?: ReadonlyMap<string, readonly string[]>
}

/** The values of the `kind` filter: every record is a `meeting` record; the others say what it contains. */
export type SearchKind = 'meeting' | 'decision' | 'action' | 'recommendation'

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
]

/** `2007-02-28` as `28 February 2007`, by hand so the index does not depend on the build machine's locale. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-')
  const name = months[Number(month) - 1]
  if (!year || !name || !day) return date
  return `${Number(day)} ${name} ${year}`
}

/** `/`, `/minutes/` or `minutes` as a prefix that starts and ends with one slash. */
export function normalisePathPrefix(pathPrefix: string): string {
  const trimmed = pathPrefix.replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** Plain code-point order: `localeCompare` would make the output depend on the build machine's locale. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Sorted, de-duplicated, non-empty strings: filter values must not depend on the order the minutes use. */
function uniqueSorted(values: Iterable<string | undefined>): string[] {
  const set = new Set<string>()
  for (const value of values) {
    const trimmed = value?.trim()
    if (trimmed) set.add(trimmed)
  }
  return [...set].sort(compareCodePoints)
}

/** Every agenda item of a meeting, sub-items after their parent, with the titles of the items above it. */
function flattenItems(items: AgendaItem[], parents: string[] = []): Array<{item: AgendaItem; trail: string[]}> {
  return items.flatMap((item) => [{item, trail: parents}, ...flattenItems(item.items, [...parents, item.title])])
}

/** Drops filters with no values: an empty list would only add a dead key to Pagefind's filter index. */
function nonEmpty(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0))
}

/** The filters both record types share: series and year. */
function meetingFilters(meeting: Meeting): Record<string, string[]> {
  return {
    series: uniqueSorted([meeting.series]),
    year: [meeting.date.slice(0, 4)]
  }
}

/** Meeting-level metadata every record carries, so a result can say where it comes from. */
function meetingMeta(meeting: Meeting): Record<string, string> {
  const meta: Record<string, string> = {meeting: meeting.title, date: meeting.date}
  if (meeting.series) meta['series'] = meeting.series
  return meta
}

/** Page names of the named people: an unnamed "Representative of NYEMO" is not a person to filter by. */
function namedPeople(meeting: Meeting, people: Person[], names: SearchNames): string[] {
  const unnamed = new Set(meeting.speakers.filter((speaker) => speaker.unnamed).map((speaker) => speaker.name))
  return people.filter((person) => !unnamed.has(person.name)).map((person) => names.person(meeting.slug, person.name))
}

/** Page names of organisations. */
function organizationNames(meeting: Meeting, organizations: Array<string | undefined>, names: SearchNames): string[] {
  return organizations.filter((name): name is string => !!name).map((name) => names.organization(meeting.slug, name))
}

/** The record for the top of a meeting page: title, place, chair, attendees and apologies (names only). */
function meetingRecord(meeting: Meeting, base: string, options: SearchRecordOptions): SearchRecord {
  const present = [meeting.chair, ...meeting.attendees].filter((person): person is Person => !!person)
  const people = [...present, ...meeting.apologies]
  const names = options.names ?? spelledNames
  // The chair is usually an attendee too: each name once.
  const text = [...new Set([
    meeting.title,
    formatDate(meeting.date),
    meeting.series,
    meeting.location,
    ...people.map((person) => person.name)
  ])].filter(Boolean).join('. ')
  return {
    url: base,
    content: segmentWords(text),
    language: options.language,
    meta: {title: `${meeting.title}, ${formatDate(meeting.date)}`, ...meetingMeta(meeting)},
    filters: nonEmpty({
      ...meetingFilters(meeting),
      // Who took part: someone who sent apologies is named on the page but was not there.
      person: uniqueSorted([...namedPeople(meeting, present, names), ...namedPeople(meeting, meeting.speakers, names)]),
      organization: uniqueSorted(organizationNames(meeting, meeting.organizations, names)),
      kind: ['meeting']
    }),
    sort: {date: meeting.date}
  }
}

/** The record of one agenda item: its own title and text, landing on its anchor. */
function itemRecord(
  meeting: Meeting,
  base: string,
  {item, trail}: {item: AgendaItem; trail: string[]},
  options: SearchRecordOptions,
  text: string
): SearchRecord {
  const names = options.names ?? spelledNames
  const heading = [...trail, item.title].join(' › ')
  const kinds: SearchKind[] = ['meeting']
  if (item.decisions.length > 0) kinds.push('decision')
  if (item.actions.length > 0) kinds.push('action')
  if (item.recommendations.length > 0) kinds.push('recommendation')
  return {
    url: `${base}#${encodeURIComponent(item.anchor)}`,
    content: segmentWords(`${item.title}. ${text}`),
    language: options.language,
    meta: {title: `${heading} — ${meeting.title}, ${formatDate(meeting.date)}`, item: heading, ...meetingMeta(meeting)},
    filters: nonEmpty({
      ...meetingFilters(meeting),
      person: uniqueSorted(namedPeople(meeting, item.speakers, names)),
      organization: uniqueSorted(organizationNames(meeting, item.speakers.map((speaker) => speaker.organization), names)),
      kind: kinds
    }),
    sort: {date: meeting.date}
  }
}

/**
 * The search records of the published meetings: one for each meeting page and one for each agenda item
 * (sub-items included). Drafts are dropped here too, so even a `--drafts` build never indexes draft text.
 */
export function searchRecords(meetings: Meeting[], options: SearchRecordOptions): SearchRecord[] {
  const prefix = normalisePathPrefix(options.pathPrefix)
  const published = meetings
    .filter((meeting) => meeting.status === 'approved')
    .sort((a, b) => compareCodePoints(`${a.date} ${a.slug}`, `${b.date} ${b.slug}`))
  return published.flatMap((meeting) => {
    const base = `${prefix}meetings/${encodeURIComponent(meeting.slug)}/`
    return [
      meetingRecord(meeting, base, options),
      ...flattenItems(meeting.items).map((entry, index) =>
        itemRecord(meeting, base, entry, options, options.itemTexts?.get(meeting.slug)?.[index] ?? htmlToText(entry.item.html))
      )
    ]
  })
}
