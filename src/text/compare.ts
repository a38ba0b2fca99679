/** Compares strings by UTF-16 code units: the same order in every locale, so output never depends on it. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders meetings (or references to them) by date, then slug. */
export function compareMeetings(a: {date: string; slug: string}, b: {date: string; slug: string}): number {
  return compareStrings(a.date, b.date) || compareStrings(a.slug, b.slug)
}
