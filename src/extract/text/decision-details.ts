import type {RecordCues} from '../../text/record-cues.js'
import {readMotions, type Unfinished} from './motions.js'
import {normalizeSpace} from './plain-text.js'
import {stripHonorifics} from '../../text/names.js'
import type {State, DecisionUnit, Unit} from './unit-state.js'
import {votesFor} from './decided.js'

/**
 * Reads motions across the section's lines and puts each in place of the units it was read from: the opening,
 * the seconder and the "Carried" line become one decision with mover, seconder, votes and outcome.
 */
export function withMotions(state: State): {units: Unit[]; unfinished: Unfinished[]} {
  // A motion moved in prose ("Cllr Hale proposed that ...") needs a person to move it: "The meeting moves to" is none.
  const {motions, unfinished} = readMotions(state.lines, state.reader.records, (phrase) => state.reader.owner(phrase) ?? state.reader.owner(cleanName(phrase)))
  if (motions.length === 0) return {units: state.units, unfinished}
  const replaced = new Set<number>()
  const placed = new Map<number, DecisionUnit>()
  for (const motion of motions) {
    const units = motion.lines.map((index) => state.lines[index]!.unit).filter((unit): unit is number => unit !== undefined)
    for (const unit of units) replaced.add(unit)
    const named = (phrase: string): string => state.reader.owner(phrase) ?? state.reader.owner(cleanName(phrase)) ?? cleanName(phrase)
    const mover = motion.mover === undefined ? undefined : named(motion.mover)
    const seconder = motion.seconder === undefined ? undefined : named(motion.seconder)
    const decision: DecisionUnit = {
      kind: 'decision',
      text: normalizeSpace(motion.text),
      line: motion.line,
      outcome: motion.outcome,
      ...(mover === undefined ? {} : {mover}),
      ...(seconder === undefined ? {} : {seconder}),
      ...(motion.votes === undefined ? {} : {votes: motion.votes}),
      ...(motion.unanimous === true ? {unanimous: true} : {})
    }
    placed.set(units[0] ?? -1 - placed.size, decision)
  }
  const units: Unit[] = []
  state.units.forEach((unit, index) => {
    const motion = placed.get(index)
    if (motion) units.push(motion)
    else if (!replaced.has(index)) units.push(unit)
  })
  for (const [index, motion] of placed) if (index < 0) units.push(motion)
  units.sort((a, b) => a.line - b.line)
  return {units, unfinished}
}

/** The trailing name of a phrase ("After discussion Cllr Hale" -> "Cllr Hale"), for movers the meeting does not know. */
function cleanName(phrase: string): string {
  const words = phrase.trim().split(/\s+/u)
  let start = words.length
  while (start > 0 && /^[\p{Lu}][\p{L}.'’-]*$/u.test(words[start - 1]!)) start--
  return (start < words.length ? words.slice(start) : words).join(' ')
}

/** Decisions that elect someone name whom and to what: "Delan Azabani was elected." under "Vote for the President". */
export function withElections(units: Unit[], office: string | undefined, records: RecordCues): Unit[] {
  return units.map((unit) => {
    if (unit.kind !== 'decision' || unit.elected !== undefined) return unit
    const counted = votesFor(unit.text)
    if (counted) {
      const holds = counted.office ?? office
      return {...unit, outcome: unit.outcome ?? 'carried', elected: [{name: counted.name, ...(holds === undefined ? {} : {office: holds}), votes: counted.votes}]}
    }
    if (!records.isElection(unit.text)) return unit
    const match =
      /^(.{2,80}?)\s+(?:was|were|is|wurde|ist|a été|est|fue|es)\s+(?:(?:re-)?elected|appointed|selected|gewählt|élue?|elegid[oa]|nombrad[oa])(?:\s+(?:as|to|als|comme|como)?\s*(?:the\s+)?([^(.,;]{2,60}?))?\s*(?:\((\d+)[^)]*\))?[.!]?$/iu.exec(unit.text) ??
      // "Lukas Brandt wurde zum Kassenwart gewählt": German puts the office before the verb.
      /^(.{2,80}?)\s+(?:wurde|wird|ist)\s+(?:zum|zur|als)\s+([^(.,;]{2,60}?)\s+gewählt(?:\s*\((\d+)[^)]*\))?[.!]?$/iu.exec(unit.text)
    if (!match) return unit
    const name = stripHonorifics(match[1]!.replace(/\*+/g, '').trim())
    // "Chairman unanimously", "Treasurer with 4 votes": the office ends where the manner or the count begins.
    const tail = /\s+(?:(?:un)?animously|unanimous|einstimmig|à l['’]unanimité|por unanimidad|with|by|mit|avec|con|par|por)\b.*$/iu
    const named = match[2]?.replace(tail, '').trim() || office
    const count = match[3] ?? /(?:with|by|mit|avec|con)\s+(\d+)\s+(?:votes?|stimmen|voix|votos)/iu.exec(unit.text)?.[1]
    const votes = count === undefined ? undefined : Number(count)
    return {...unit, outcome: unit.outcome ?? 'carried', elected: [{name, ...(named === undefined ? {} : {office: named}), ...(votes === undefined ? {} : {votes})}]}
  })
}

/** The outcome a decision states in its own words ("vertagt", "The proposal was not accepted", "Motion carried"). */
export function withOutcomes(units: Unit[], records: RecordCues): Unit[] {
  return units.map((unit) => {
    if (unit.kind !== 'decision' || unit.outcome !== undefined) return unit
    const outcome = records.outcome(unit.text)
    const votes = records.votes(unit.text)
    // "was adopted" is simply a decision; a stated failure, withdrawal or deferral says what became of it.
    const stated = outcome !== undefined && outcome !== 'carried' ? {outcome} : records.isOutcomeLine(unit.text) ? {outcome: outcome ?? 'carried'} : {}
    return {...unit, ...stated, ...(votes === undefined || unit.votes !== undefined ? {} : {votes}), ...(records.unanimous(unit.text) ? {unanimous: true} : {})}
  })
}
