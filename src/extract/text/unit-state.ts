import type {Decision} from '../../model/meeting.js'
import type {MarkerKind} from '../../text/record-cues.js'
import type {Section} from '../context.js'
import {parseAction, type ActionReader} from './action-text.js'
import {hasRecommendationCue} from './cues.js'
import type {Line} from './motions.js'
import {paragraph} from './paragraph.js'

// The state of the walk over one section, and the units it adds as it goes.

/** A decision with what the minutes say of how it was taken (motion, vote, election), when they say it; its item comes later. */
export interface DecisionUnit extends Omit<Decision, 'item'> {
  kind: 'decision'
}

/** One thing found in an item's own content: exactly one kind per list item; sentences for paragraphs. */
export type Unit =
  | DecisionUnit
  | {kind: 'action'; text: string; line: number; owner?: string; due?: string; done: boolean; status?: 'done' | 'in-progress'}
  | {kind: 'recommendation'; text: string; line: number; group?: string}
  | {kind: 'point'; text: string; line: number}

/** Where the walk is inside one section: what kind its lists default to and which group is current. */
export interface State {
  cues: readonly string[]
  reader: ActionReader
  /** Every sentence and list entry, for reading motions across them. */
  lines: Line[]
  /** What lists in this section are by their heading or an ancestor's ("Reports back ..." -> recommendations). */
  sectionKind: MarkerKind | undefined
  /** The sub-item title, when it names a group rather than the kind of list. */
  sectionGroup: string | undefined
  /** The latest bold lead-in (`**Group 1**`) in this section; it names the group of the lists after it. */
  label: string | undefined
  /** What the lead-in paragraph just before a list makes it ("would like to add the following:"). */
  regionKind: MarkerKind | undefined
  fallbackLine: number
  units: Unit[]
}

/** What a title makes the lists under it: a marker word ("Actions", "Beschlüsse") or a recommendation cue. */
export function titleKind(title: string, state: {cues: readonly string[]; reader: ActionReader}): MarkerKind | undefined {
  return state.reader.records.kindOfTitle(title) ?? (hasRecommendationCue(title, state.cues) ? 'recommendation' : undefined)
}

/** The state at the start of a section: its lists take the kind its own or an ancestor's title gives. */
export function initialState(section: Section, cues: readonly string[], reader: ActionReader): State {
  let sectionKind: MarkerKind | undefined
  for (let current: Section | undefined = section; current && !sectionKind; current = current.parent) {
    sectionKind = titleKind(current.title, {cues, reader})
  }
  const ownKind = titleKind(section.title, {cues, reader})
  return {
    cues,
    reader,
    lines: [],
    sectionKind,
    sectionGroup: section.parent && ownKind === undefined ? section.title : undefined,
    label: undefined,
    regionKind: undefined,
    fallbackLine: section.line,
    units: []
  }
}

function group(state: State): {group?: string} {
  const name = state.label ?? state.sectionGroup
  return name === undefined ? {} : {group: name}
}

/** The unit of `kind` for an entry's text: actions parsed for owner and due date, recommendations given their group. */
export function unitFor(kind: MarkerKind, text: string, line: number, state: State, checked?: boolean | null): Unit {
  if (kind === 'action') return {kind, line, ...parseAction(text, state.reader, checked)}
  if (kind === 'recommendation') return {kind, text, line, ...group(state)}
  return {kind, text, line}
}

/** Adds a unit and the line it was read from, so motions can be read across lines afterwards. */
export function push(state: State, unit: Unit, source = unit.text): void {
  state.lines.push({text: source, line: unit.line, unit: state.units.length})
  state.units.push(unit)
}

/** Records a sentence that became nothing, for reading motions across lines. */
export function note(state: State, text: string, line: number): void {
  state.lines.push({text, line})
}
