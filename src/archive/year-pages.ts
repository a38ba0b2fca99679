import {compareStrings} from '../text/compare.js'

/** Where a year page stands among its list's year pages: the years before and after it that have a page. */
export interface YearPlace {
  year: string
  /** The year before, when it has a page (the page's `rel="prev"`). */
  older?: string
  /** The year after, when it has a page (the page's `rel="next"`). */
  newer?: string
}

/** The year of a meeting: the first four characters of its `YYYY-MM-DD` date. */
export function meetingYear(meeting: {date: string}): string {
  return meeting.date.slice(0, 4)
}

/** The year of anything that happened at a meeting. */
export function yearOf(entry: {meeting: {date: string}}): string {
  return meetingYear(entry.meeting)
}

/** `entries` grouped by year, each group in its first order, as a map whose keys run oldest year first. */
export function groupByYear<T>(entries: readonly T[], year: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const entry of entries) {
    const key = year(entry)
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }
  return new Map([...groups].sort((a, b) => compareStrings(a[0], b[0])))
}

/** `years` (oldest first) with each one's neighbours, for the prev/next links between year pages. */
export function yearPlaces(years: readonly string[]): YearPlace[] {
  return years.map((year, index) => ({
    year,
    ...(index > 0 ? {older: years[index - 1]!} : {}),
    ...(index < years.length - 1 ? {newer: years[index + 1]!} : {})
  }))
}
