// Scoring one parsed meeting against its expectation. Reads only the Meeting fields score.mjs reads
// (items and their nested items, speakers, attendees, decisions, actions, plus apologies for our extra
// measure), so fields added to the contract (`logistics`, a decision's `outcome`) change nothing here.
import {assign, isLabelTitle, nameScore, ownerMatches, textScore, titleScore} from './match.mjs'

// A parser may open with an item for the text before the first heading; it is neither right nor wrong.
const SYNTHETIC = /^preamble$/i

/** Every agenda item at any depth in document order (parents before their sub-items). */
export function flattenItems(items, out = []) {
  for (const item of items ?? []) {
    out.push(item)
    flattenItems(item.items, out)
  }
  return out
}

/** An item's title as scored: its number, if any, then its title ("4.1 Budget"). */
export function itemTitle(item) {
  return [item.number, item.title ?? ''].filter(Boolean).join(' ')
}

/**
 * Every decision or action (`key`) of a meeting: the flat list, then each item's own list, counted once
 * per line and text (the flat list repeats the items' entries).
 */
export function collect(meeting, key) {
  const seen = new Set()
  const out = []
  const add = (entry) => {
    const id = `${entry.line}|${entry.text}`
    if (!seen.has(id)) {
      seen.add(id)
      out.push(entry)
    }
  }
  for (const entry of meeting[key] ?? []) add(entry)
  for (const item of flattenItems(meeting.items)) for (const entry of item[key] ?? []) add(entry)
  return out
}

const bare = (label) => label.replace(/\s*\(.*$/s, '').trim()
const measure = (count, of) => ({count, of})
const personNames = (person) => [typeof person === 'string' ? person : person?.name].filter(Boolean)
const attendeeVariants = (attendee) => [attendee.name, attendee.as_written].filter(Boolean)
const apologyVariants = (apology) => (typeof apology === 'string' ? [apology] : attendeeVariants(apology))
const bestQuote = (entry, parsed) => Math.max(...(entry.quotes ?? [entry.text]).map((quote) => textScore(quote, parsed.text)))

/**
 * The measures of one file, each `{count, of}`, and what lies behind them (`details`: misses and parsed
 * entries that match nothing). Same rules and counts as score.mjs; attendee precision and apologies are ours.
 */
export function scoreFile(expected, meeting) {
  const items = flattenItems(meeting.items)
  const titles = items.map(itemTitle)

  // Agenda: one-to-one on titles; a parsed item that is none of the expected ones may be a logistics
  // label (counted apart), a borderline section, or a synthetic preamble (neither counts against precision).
  const agenda = assign(expected.agenda_items, titles, (e, p) => titleScore(e.title, p))
  const labels = expected.non_agenda_sections ?? []
  const logistics = labels
    .map((label) => titles.filter((_, j) => !agenda.byParsed.has(j)).find((title) => isLabelTitle(label, title)))
    .filter((title) => title !== undefined)
  const borderline = (expected.borderline_sections ?? []).map(bare)
  const synthetic = titles.filter((title) => SYNTHETIC.test(title.trim())).length
  const unexpected = titles.filter(
    (title, j) =>
      !agenda.byParsed.has(j) &&
      !SYNTHETIC.test(title.trim()) &&
      !labels.some((label) => isLabelTitle(label, title)) &&
      !borderline.some((section) => titleScore(section, title) > 0)
  )

  // People: a parsed name matches a written variant or a word prefix of it.
  const expectedAttendees = expected.attendees ?? []
  const expectedApologies = expected.apologies ?? []
  const isAttendee = (names) => expectedAttendees.some((a) => nameScore(attendeeVariants(a), names) > 0)
  const isApology = (names) => expectedApologies.some((a) => nameScore(apologyVariants(a), names) > 0)

  const parsedSpeakers = meeting.speakers ?? []
  // An unnamed speaker ("Representative of X") is also tried by its role, as score.mjs does.
  const speakerNames = parsedSpeakers.map((s) => [s.name, s.unnamed ? s.role : null].filter(Boolean))
  const speakers = assign(expected.speakers, speakerNames, (e, names) => nameScore([...(e.as_written ?? []), ...(e.name ? [e.name] : [])], names))
  const speakersRight = speakerNames.filter((names, j) => speakers.byParsed.has(j) || isAttendee(names)).length
  const core = expected.speakers.map((s, i) => [s, i]).filter(([s]) => !s.minor)

  const attendeeNames = (meeting.attendees ?? []).map(personNames)
  const attendees = assign(expectedAttendees, attendeeNames, (e, names) => nameScore(attendeeVariants(e), names))
  const attendeesRight = attendeeNames.filter((names) => isAttendee(names) || isApology(names))
  const apologyNames = (meeting.apologies ?? []).map(personNames)
  const apologies = assign(expectedApologies, apologyNames, (e, names) => nameScore(apologyVariants(e), names))

  // Decisions and actions: one-to-one on the best verbatim quote. Every parsed decision counts, whatever
  // its outcome: a failed motion is still a decision the minutes record.
  const decisions = collect(meeting, 'decisions')
  const decided = assign(expected.decisions, decisions, bestQuote)
  const actions = collect(meeting, 'actions')
  const acted = assign(expected.actions, actions, bestQuote)
  const owners = []
  expected.actions.forEach((e, i) => {
    if (!acted.byExpected.has(i) || !e.owner) return
    const got = actions[acted.byExpected.get(i)].owner ?? ''
    owners.push({expected: e.owner, got: got || null, ok: ownerMatches(e.owner_as_written ?? [e.owner], got)})
  })
  const ownersRight = owners.filter((owner) => owner.ok).length
  // The same owners against the expectation's full name, where the reader resolves "PhilO" to Philip Odence.
  const ownersByName = owners.filter((owner) => owner.ok || ownerMatches([owner.expected], owner.got ?? '')).length
  // What a reader of conventions can reach: decisions the expectation calls stated outright, actions with an owner.
  const subset = (list, map, keep) => measure(list.filter((e, i) => keep(e) && map.byExpected.has(i)).length, list.filter(keep).length)

  const missed = (list, map, name) => list.filter((_, i) => !map.byExpected.has(i)).map(name)
  const unmatched = (list, map, show) => list.filter((_, j) => !map.byParsed.has(j)).map(show)
  return {
    items: titles.length,
    measures: {
      agenda: measure(agenda.byExpected.size, expected.agenda_items.length),
      agenda_precision: measure(titles.length - synthetic - unexpected.length - logistics.length, titles.length - synthetic),
      logistics_as_topics: measure(logistics.length, labels.length),
      attendees: measure(attendees.byExpected.size, expectedAttendees.length),
      attendee_precision: measure(attendeesRight.length, attendeeNames.length),
      apologies: measure(apologies.byExpected.size, expectedApologies.length),
      speakers: measure(speakers.byExpected.size, expected.speakers.length),
      speakers_core: measure(core.filter(([, i]) => speakers.byExpected.has(i)).length, core.length),
      speaker_precision: measure(speakersRight, parsedSpeakers.length),
      decisions: measure(decided.byExpected.size, expected.decisions.length),
      decision_precision: measure(decided.byExpected.size, decisions.length),
      actions: measure(acted.byExpected.size, expected.actions.length),
      action_precision: measure(acted.byExpected.size, actions.length),
      owners: measure(ownersRight, owners.length),
      owners_by_full_name: measure(ownersByName, owners.length),
      decisions_stated: subset(expected.decisions, decided, (d) => d.explicit === true),
      decisions_implicit: subset(expected.decisions, decided, (d) => d.explicit !== true),
      actions_owned: subset(expected.actions, acted, (a) => Boolean(a.owner)),
      actions_unowned: subset(expected.actions, acted, (a) => !a.owner)
    },
    details: {
      synthetic_items: synthetic,
      agenda_missed: missed(expected.agenda_items, agenda, (a) => a.title),
      items_not_expected: unexpected,
      logistics_taken_as_topics: logistics,
      attendees_missed: missed(expectedAttendees, attendees, (a) => a.name ?? a.as_written),
      attendees_not_expected: attendeeNames.filter((names) => !attendeesRight.includes(names)).map((names) => names[0] ?? ''),
      apologies_missed: missed(expectedApologies, apologies, (a) => apologyVariants(a)[0]),
      speakers_missed: missed(expected.speakers, speakers, (s) => (s.as_written ?? [s.name])[0]),
      speakers_unmatched: unmatched(parsedSpeakers, speakers, (s) => s.name),
      decisions_missed: missed(expected.decisions, decided, (d) => d.text),
      decisions_unmatched: unmatched(decisions, decided, (d) => d.text),
      actions_missed: missed(expected.actions, acted, (a) => a.text),
      actions_unmatched: unmatched(actions, acted, (a) => ({text: a.text, owner: a.owner ?? null})),
      owners_wrong: owners.filter((owner) => !owner.ok)
    }
  }
}
