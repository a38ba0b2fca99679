/**
 * The Meeting contract: what `minutebook parse --json` prints and what the site renders.
 * Field names are a published contract (docs/cli.md, "The Meeting JSON", and schemas/meeting-data.schema.json);
 * lines are 1-based lines of the source file.
 */

/** A person as the minutes name them, with role and organisation when the text gives them. */
export interface Person {
  name: string
  role?: string
  organization?: string
}

/** Someone who spoke in the meeting, merged across items; `items` holds the anchors where they spoke. */
export interface Speaker extends Person {
  items: string[]
  unnamed?: boolean
}

import type {Outcome, Votes} from '../text/outcomes.js'

export type {Outcome, Votes}

/** Someone elected (or appointed) at the meeting, to what office, with how many votes when the minutes say. */
export interface Election {
  name: string
  office?: string
  votes?: number
}

/**
 * A decision, from an explicit marker (`Decision:`, `RESOLVED:`), a motion ("Moved: A, Seconded: B ... Carried"),
 * a vote or an election, or prose ("The agenda was adopted"). `text` is the motion's own words when there was one.
 * `outcome` is absent for a decision stated outright; failed, withdrawn and deferred motions are kept and marked.
 */
export interface Decision {
  text: string
  item: string
  line: number
  outcome?: Outcome
  mover?: string
  seconder?: string
  votes?: Votes
  unanimous?: boolean
  /** For an election: who was elected to what. */
  elected?: Election[]
}

/**
 * An action item with its owner (a person of the meeting, everyone, or a team it knows; several joined by `; `),
 * ISO due date when the text gives a full date, done state, and `status` when the minutes state one (a checked
 * task, "DONE", "IN PROCESS").
 */
export interface Action {
  text: string
  owner?: string
  due?: string
  done: boolean
  status?: 'done' | 'in-progress'
  item: string
  line: number
}

/** A recommendation, with the group (nearest sub-heading or bold lead-in) that made it. */
export interface Recommendation {
  text: string
  group?: string
  item: string
  line: number
}

/** One agenda item (a heading) with what was extracted from its own content. */
export interface AgendaItem {
  number?: string
  title: string
  anchor: string
  line: number
  depth: number
  speakers: Person[]
  decisions: Decision[]
  actions: Action[]
  recommendations: Recommendation[]
  points: string[]
  html: string
  items: AgendaItem[]
}

/**
 * What a part of the minutes that is not a topic holds: the roll call, the agenda as announced, links,
 * recordings, date/time/place and start/end (`schedule`), the next meeting, disclaimers and credits (`other`),
 * text before the first topic (`preamble`), or a heading that only groups the topics under it (`heading`).
 */
export type LogisticsKind = 'attendance' | 'agenda' | 'links' | 'recording' | 'schedule' | 'next-meeting' | 'other' | 'preamble' | 'heading'

/** A part of the minutes that is not an agenda item: shown on the page in its place, never numbered, searched or registered. */
export interface Logistics {
  kind: LogisticsKind
  title: string
  /** False when the title is a label inside the text ("Present: Ana, Bo"), which the html already shows. */
  heading: boolean
  anchor: string
  line: number
  depth: number
  html: string
}

/** Publication status of a meeting; only `approved` is published by default. */
export type MeetingStatus = 'draft' | 'approved'

/** One meeting: front matter plus everything extracted from its body. */
export interface Meeting {
  slug: string
  source: string
  title: string
  date: string
  series?: string
  status: MeetingStatus
  chair?: Person
  location?: string
  attendees: Person[]
  apologies: Person[]
  /** Members the roll call lists as absent without apologies. */
  absent?: Person[]
  approves?: string
  /** Actions of earlier meetings of the series this meeting marks done, by action id or text (`closes:`). */
  closes?: string[]
  lang?: string
  /** Front matter values of the archive's own keys (`customFrontMatter` in `minutebook.yml`), for its templates. */
  custom?: Record<string, unknown>
  /** The topics of the meeting: its agenda items, in order. */
  items: AgendaItem[]
  /** The parts that are not topics (attendance, links, schedule ...), in order; `line` places them among the items. */
  logistics: Logistics[]
  speakers: Speaker[]
  organizations: string[]
  decisions: Decision[]
  actions: Action[]
  recommendations: Recommendation[]
}
