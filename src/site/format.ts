/** Pure formatting helpers shared by templates, feeds and the calendar: no locale, no time zone. */
import type {AgendaItem, Decision, Outcome, Votes} from '../model/meeting.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `2007-02-28` -> `28 February 2007`, the same in every locale and time zone. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const month = months[Number(match[2]) - 1]
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`
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
