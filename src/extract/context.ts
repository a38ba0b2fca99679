import type {RootContent} from 'mdast'
import type {LogisticsKind} from '../model/meeting.js'
import type {AttendanceKind} from '../text/languages/index.js'

/**
 * One part of the minutes: a topic (an agenda item) or logistics (attendance, links, the agenda as announced,
 * date and place, next meeting). Sections are what the outline makes of headings, agenda lists, labels and the
 * text before the first heading; extractors read them and never change them.
 */
export interface Section {
  kind: 'topic' | 'logistics'
  /** What a logistics section is; only on logistics. */
  logistics?: LogisticsKind
  number?: string
  title: string
  /** False for a section cut out of the text at a label ("Present: ...", "Agenda:"), whose words stay in its blocks. */
  heading: boolean
  anchor: string
  line: number
  depth: number
  /** The blocks this section owns directly (not those of its sub-topics). */
  nodes: RootContent[]
  parent: Section | undefined
  /** Sub-topics, in order. */
  children: Section[]
}

/** A roll call found in the minutes: a section, a label with the blocks after it, or a list of people under the title. */
export interface AttendanceBlock {
  kind: AttendanceKind
  /** The blocks that list the people. */
  nodes: RootContent[]
  line: number
}
