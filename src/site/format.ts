/** Pure formatting helpers shared by templates, feeds and the calendar: no locale, no time zone. */
import type {AgendaItem, Decision, Logistics, Meeting, Outcome, Votes} from '../model/meeting.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `2007-02-28` -> `28 February 2007`, the same in every locale and time zone. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const month = months[Number(match[2]) - 1]
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`
}

/** The path prefix as `/` or `/name/` (leading and trailing slash, no doubles). */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.split('/').filter((part) => part !== '').join('/')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** An absolute URL for a site path: base URL + path prefix + path (`/meetings/x/`). */
export function absoluteUrl(baseUrl: string, pathPrefix: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  return `${base}${normalizePathPrefix(pathPrefix)}${path.replace(/^\/+/, '')}`
}

/** Percent-encodes the non-ASCII parts of a site path, so feeds and sitemaps carry valid URIs. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((part) => encodeURIComponent(decodeURIComponentSafe(part)))
    .join('/')
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/**
 * An item's label as the agenda shows it: `4. Draft law`, or the title alone. A title that already starts with its
 * number (`1. Welcome`) is not given it twice ("1. 1. Welcome"); the agenda's list shows no markers of its own.
 */
export function itemLabel(item: {number?: string; title: string}): string {
  if (item.number === undefined) return item.title
  const title = item.title.trimStart()
  if (title.startsWith(item.number) && /^(?:[.):]|\s|$)/.test(title.slice(item.number.length))) return title
  return `${item.number}. ${item.title}`
}

/** One part of a meeting page in reading order: an agenda item or a logistics section. */
export type MeetingPart = {part: 'item'; item: AgendaItem} | {part: 'logistics'; logistics: Logistics}

/**
 * The top-level agenda items and the logistics sections of a meeting, merged in the order of the minutes (by
 * line), so the page shows the roll call, the agenda as announced and the next meeting where the secretary put them.
 */
export function meetingParts(meeting: Pick<Meeting, 'items' | 'logistics'>): MeetingPart[] {
  const parts: Array<{line: number; part: MeetingPart}> = [
    ...meeting.items.map((item) => ({line: item.line, part: {part: 'item' as const, item}})),
    ...(meeting.logistics ?? []).map((logistics) => ({line: logistics.line, part: {part: 'logistics' as const, logistics}}))
  ]
  // The sort is stable: on one line, items stay ahead of logistics, each in the order the minutes give.
  return parts.sort((a, b) => a.line - b.line).map(({part}) => part)
}

/** A vote's count as a reader says it: `3 for, 0 against, 1 abstaining`; only the counts the minutes give. */
export function voteCount(votes: Votes | undefined): string {
  if (votes === undefined) return ''
  return [
    ...(votes.for === undefined ? [] : [`${votes.for} for`]),
    ...(votes.against === undefined ? [] : [`${votes.against} against`]),
    ...(votes.abstain === undefined ? [] : [`${votes.abstain} abstaining`])
  ].join(', ')
}

const outcomeLabels: Record<Outcome, string> = {carried: 'Carried', failed: 'Failed', withdrawn: 'Withdrawn', deferred: 'Deferred'}

/** The badge of a decision: its motion's outcome (`Carried`, `Failed`, `Withdrawn`, `Deferred`), or `Decision` when stated outright. */
export function outcomeLabel(decision: Pick<Decision, 'outcome'>): string {
  return decision.outcome === undefined ? 'Decision' : (outcomeLabels[decision.outcome] ?? 'Decision')
}
