// Adding file figures up: over the whole corpus and per language (the corpus's `language` field).

/** A measure's share in percent with one decimal, as score.mjs --json gives it; null when there is nothing to count. */
export function percent({count, of}) {
  return of ? Math.round((1000 * count) / of) / 10 : null
}

/**
 * Sums over `rows` (one per expectation): files, those without a Meeting, bytes, parse ms, parsed items,
 * the slowest parse, and each measure's count and total. Like score.mjs, a file without a Meeting adds to
 * no measure (it only counts as without one).
 */
export function tally(rows) {
  const sum = {files: rows.length, without_meeting: 0, bytes: 0, ms: 0, items: 0, slowest: null, measures: {}}
  for (const row of rows) {
    sum.bytes += row.bytes ?? 0
    if (row.ms !== undefined) {
      sum.ms += row.ms
      if (!sum.slowest || row.ms > sum.slowest.ms) sum.slowest = {file: row.file, ms: row.ms}
    }
    if (!row.score) {
      sum.without_meeting++
      continue
    }
    sum.items += row.score.items
    for (const [key, {count, of}] of Object.entries(row.score.measures)) {
      sum.measures[key] ??= {count: 0, of: 0}
      sum.measures[key].count += count
      sum.measures[key].of += of
    }
  }
  for (const value of Object.values(sum.measures)) value.percent = percent(value)
  return sum
}

/** {@link tally} per language, languages in alphabetical order; a file without a `language` counts as `?`. */
export function tallyByLanguage(rows) {
  const groups = new Map()
  for (const row of rows) {
    const language = row.language ?? '?'
    if (!groups.has(language)) groups.set(language, [])
    groups.get(language).push(row)
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([language, group]) => [language, tally(group)]))
}
