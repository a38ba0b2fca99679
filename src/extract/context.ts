import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {LogisticsKind} from '../model/meeting.js'
import type {AttendanceKind, CueSet} from '../text/languages/index.js'

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
  /** The text after the label on the same line ("Present: Ana, Bo" gives "Ana, Bo"). */
  inline?: string
  /** The blocks that list the people. */
  nodes: RootContent[]
  line: number
}

/** What every extractor reads: the file (for messages), front matter, config, the meeting's cue words and its outline. */
export interface ExtractContext {
  file: VFile
  frontMatter: FrontMatter
  config: Config
  /** The cue words of the meeting's language (and English). */
  cues: CueSet
  /** Every section, topics and logistics, at every depth, in document order. */
  sections: Section[]
}
