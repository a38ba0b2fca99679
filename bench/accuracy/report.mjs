// Printing the figures: a table per file with a line per language and a total line, the misses under each
// file with --verbose, and one JSON object for scripts.

/** The measures shown in the table, in order, with their column headers. */
export const COLUMNS = [
  ['agenda', 'agenda'],
  ['agenda_precision', 'agenda prec'],
  ['logistics_as_topics', 'logistics'],
  ['attendees', 'attendees'],
  ['attendee_precision', 'att. prec'],
  ['apologies', 'apologies'],
  ['speakers', 'speakers'],
  ['speaker_precision', 'spk. prec'],
  ['decisions', 'decisions'],
  ['decision_precision', 'dec. prec'],
  ['actions', 'actions'],
  ['action_precision', 'act. prec'],
  ['owners', 'owners']
]

const NUMERIC_FROM = 2 // bytes onwards: right-aligned
const fraction = (m = {count: 0, of: 0}) => `${m.count}/${m.of}`
// Rounded to whole percent as score.mjs prints them, so the two outputs read alike.
const share = (m = {count: 0, of: 0}) => `${fraction(m)} ${m.of ? `${Math.round((100 * m.count) / m.of)}%` : '-'}`
const ms = (value) => (value === undefined ? '-' : value.toFixed(1))

/**
 * The table as lines: one row per file (with `verbose`, its {@link detailLines} under it), a rule, one row
 * per language, the total, then the slowest parse.
 */
export function tableLines(rows, languages, totals, {verbose = false} = {}) {
  const header = ['file', 'lang', 'bytes', 'ms', 'items', ...COLUMNS.map(([, title]) => title)]
  const fileRows = rows.map((row) =>
    row.score
      ? [row.file, row.language ?? '?', row.bytes, ms(row.ms), row.score.items, ...COLUMNS.map(([key]) => fraction(row.score.measures[key]))]
      : [row.file, row.language ?? '?', row.bytes ?? '-', ms(row.ms), '-', row.error]
  )
  const sumRow = (label, language, sum) => [
    `${label} (${sum.files} file${sum.files === 1 ? '' : 's'}${sum.without_meeting ? `, ${sum.without_meeting} without a Meeting` : ''})`,
    language,
    sum.bytes,
    ms(sum.ms),
    sum.items,
    ...COLUMNS.map(([key]) => share(sum.measures[key]))
  ]
  const sumRows = [...Object.entries(languages).map(([language, sum]) => sumRow(`language ${language}`, language, sum)), sumRow('total', 'all', totals)]
  // Widths from the rows that fill every column; an error row's message may run past the table.
  const full = [header, ...fileRows.filter((cells) => cells.length === header.length), ...sumRows]
  const widths = header.map((_, i) => Math.max(...full.map((cells) => String(cells[i] ?? '').length)))
  const format = (cells) =>
    cells
      .map((cell, i) => (i === cells.length - 1 && cells.length < header.length ? String(cell) : i >= NUMERIC_FROM ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2))
  const slowest = totals.slowest ? `slowest parse: ${ms(totals.slowest.ms)} ms (${totals.slowest.file})` : 'slowest parse: -'
  const body = fileRows.flatMap((cells, i) => [format(cells), ...(verbose ? detailLines(rows[i]) : [])])
  const m = totals.measures
  // Where the figures come from: stated vs implicit decisions, owned vs unowned actions, owners by full name.
  const split = [
    `decisions stated outright ${share(m.decisions_stated)}, implicit ${share(m.decisions_implicit)}; ` +
      `actions with an owner ${share(m.actions_owned)}, without ${share(m.actions_unowned)}; ` +
      `owners against the full name ${share(m.owners_by_full_name)}`
  ]
  return [format(header), rule, ...body, rule, ...sumRows.map(format), '', ...split, slowest]
}

/** What lies behind one file's figures, as score.mjs --verbose shows it: misses and unmatched parsed entries. */
export function detailLines(row) {
  const lines = []
  const show = (label, value) => {
    if (Array.isArray(value) ? value.length : value) lines.push(`    ${label}: ${JSON.stringify(value)}`)
  }
  const d = row.score?.details
  if (d) {
    show('agenda missed', d.agenda_missed)
    show('items not expected', d.items_not_expected)
    show('logistics taken as topics', d.logistics_taken_as_topics)
    show('attendees missed', d.attendees_missed)
    show('parsed attendees not expected', d.attendees_not_expected)
    show('apologies missed', d.apologies_missed)
    show('speakers missed', d.speakers_missed)
    show('parsed speakers unmatched', d.speakers_unmatched)
    show('decisions missed', d.decisions_missed)
    show('parsed decisions unmatched', d.decisions_unmatched)
    show('actions missed', d.actions_missed)
    show('parsed actions unmatched', d.actions_unmatched)
    show('owners', d.owners_wrong)
  }
  const messages = (row.messages ?? []).slice(0, 5).map((m) => `${m.line ?? '?'}:${m.column ?? '?'} ${m.reason}${m.rule ? ` [${m.rule}]` : ''}`)
  if (messages.length) lines.push(`    messages: ${messages.join(' | ')}${row.messages.length > 5 ? ` | ... ${row.messages.length - 5} more` : ''}`)
  return lines
}

/** The figures as one JSON-ready object: totals, per language, per file (with `details` and parser `messages` when verbose). */
export function jsonReport({corpus, head, rows, languages, totals, verbose}) {
  return {
    corpus,
    checkout_head: head,
    totals,
    languages,
    files: rows.map((row) => ({
      file: row.file,
      sample_copy: row.sample_copy,
      language: row.language ?? null,
      bytes: row.bytes ?? null,
      ms: row.ms ?? null,
      front_matter_stripped: row.front_matter_stripped ?? null,
      ...(row.score ? {items: row.score.items, measures: row.score.measures} : {error: row.error}),
      ...(verbose && row.score ? {details: row.score.details} : {}),
      ...(verbose && row.messages ? {messages: row.messages} : {})
    }))
  }
}
