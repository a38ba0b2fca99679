import type {AgendaItem, Meeting, Person} from '../model/meeting.js'
import {isAdopted} from '../archive/outcomes.js'
import {flattenItems} from '../archive/types.js'
import {htmlToText} from './html-text.js'
import {spelledNames, type SearchNames} from './search-names.js'
import {segmentWords} from './segment.js'

/**
 * One meeting as Pagefind indexes it (kept free of Pagefind so it is testable alone): a small HTML page of the
 * meeting's searchable text with one heading per agenda item, whose id is the item's anchor, so Pagefind's
 * sub-results land on the item; meta and filters sit outside the indexed body.
 */
export interface SearchPage {
  url: string
  html: string
  /** The text indexed, already segmented: where `words.json` comes from. */
  texts: string[]
}

/** Options for `searchPages`: the site's path prefix, the one language all records share, page names. */
export interface SearchRecordOptions {
  pathPrefix: string
  language: string
  /** Person and organisation page names for the filters; the spellings of the minutes by default. */
  names?: SearchNames
  /** The plain text of each meeting's items in document order, by slug, when already worked out (else from the HTML). */
  itemTexts?: ReadonlyMap<string, readonly string[]>
}

/** The values of the `kind` filter: every page is a `meeting`; the others say what its items contain. */
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

/** Drops filters with no values: an empty list would only add a dead key to Pagefind's filter index. */
function nonEmpty(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0))
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

/** What the meeting's items contain, as `kind` filter values. */
function meetingKinds(items: AgendaItem[]): SearchKind[] {
  const kinds: SearchKind[] = ['meeting']
  // The filter finds decisions taken: an item whose only motions failed or were withdrawn is not one.
  if (items.some((item) => item.decisions.some(isAdopted))) kinds.push('decision')
  if (items.some((item) => item.actions.length > 0)) kinds.push('action')
  if (items.some((item) => item.recommendations.length > 0)) kinds.push('recommendation')
  return kinds
}

/** The filters of a meeting: series, year, who took part, organisations, and what its items contain. */
function meetingFilters(meeting: Meeting, items: AgendaItem[], names: SearchNames): Record<string, string[]> {
  const present = [meeting.chair, ...meeting.attendees].filter((person): person is Person => !!person)
  return nonEmpty({
    series: uniqueSorted([meeting.series]),
    year: [meeting.date.slice(0, 4)],
    // Who took part: someone who sent apologies is named on the page but was not there.
    person: uniqueSorted([...namedPeople(meeting, present, names), ...namedPeople(meeting, meeting.speakers, names)]),
    organization: uniqueSorted(organizationNames(meeting, meeting.organizations, names)),
    kind: meetingKinds(items)
  })
}

/** Meeting-level metadata a result shows: its title with the date, and the parts the page may use alone. */
function meetingMeta(meeting: Meeting): Record<string, string> {
  const meta: Record<string, string> = {title: `${meeting.title}, ${formatDate(meeting.date)}`, meeting: meeting.title, date: meeting.date}
  if (meeting.series) meta['series'] = meeting.series
  return meta
}

/** The text at the top of a meeting page: title, date, series, place, chair, attendees and apologies (names only). */
function meetingText(meeting: Meeting): string {
  const present = [meeting.chair, ...meeting.attendees].filter((person): person is Person => !!person)
  // The chair is usually an attendee too: each name once.
  return [...new Set([
    meeting.title,
    formatDate(meeting.date),
    meeting.series,
    meeting.location,
    ...[...present, ...meeting.apologies].map((person) => person.name)
  ])].filter(Boolean).join('. ')
}

/** Escapes text for an HTML element's content (Pagefind parses the page as HTML). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
}

/** Escapes an attribute value in double quotes. */
function escapeAttribute(text: string): string {
  return escapeHtml(text).replaceAll('"', '&quot;')
}

/** The page of one meeting: hidden meta and filters, then the indexed body, one heading per agenda item. */
function meetingPage(meeting: Meeting, base: string, options: SearchRecordOptions): SearchPage {
  const names = options.names ?? spelledNames
  const items = flattenItems(meeting.items)
  const tagged = (attribute: string, entries: Array<[string, string]>) =>
    entries.map(([key, value]) => `<span ${attribute}="${escapeAttribute(key)}">${escapeHtml(value)}</span>`).join('')
  const filters = Object.entries(meetingFilters(meeting, items, names)).flatMap(([key, values]) =>
    values.map((value): [string, string] => [key, value])
  )
  const top = segmentWords(meetingText(meeting))
  const texts = [top]
  const itemTexts = options.itemTexts?.get(meeting.slug)
  const sections = items.map((item, index) => {
    const title = segmentWords(item.title)
    const text = segmentWords(itemTexts?.[index] ?? htmlToText(item.html))
    texts.push(title, text)
    const level = Math.min(Math.max(item.depth, 2), 6)
    return `<h${level} id="${escapeAttribute(item.anchor)}">${escapeHtml(title)}</h${level}>${text === '' ? '' : `<p>${escapeHtml(text)}</p>`}`
  })
  const html = [
    `<!doctype html><html lang="${escapeAttribute(options.language)}"><head><meta charset="utf-8"><title>${escapeHtml(meeting.title)}</title></head><body>`,
    // No sort key: the search page keeps Pagefind's relevance order, and each sort would grow the metadata file
    // every first query fetches.
    `<div hidden>${tagged('data-pagefind-meta', Object.entries(meetingMeta(meeting)))}${tagged('data-pagefind-filter', filters)}</div>`,
    `<main data-pagefind-body><p>${escapeHtml(top)}</p>${sections.join('')}</main></body></html>`
  ].join('')
  return {url: base, html, texts}
}

/**
 * The search pages of the published meetings, oldest first: one per meeting, each agenda item (sub-items
 * included) a heading Pagefind turns into a sub-result on its anchor. Drafts are dropped here too, so even a
 * `--drafts` build never indexes draft text. The index asks for them one shard at a time.
 */
export function searchPages(meetings: Meeting[], options: SearchRecordOptions): SearchPage[] {
  const prefix = normalisePathPrefix(options.pathPrefix)
  return meetings
    .filter((meeting) => meeting.status === 'approved')
    .sort((a, b) => compareCodePoints(`${a.date} ${a.slug}`, `${b.date} ${b.slug}`))
    .map((meeting) => meetingPage(meeting, `${prefix}meetings/${encodeURIComponent(meeting.slug)}/`, options))
}
