import type {Heading, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {AgendaItem} from '../model/meeting.js'

/** One agenda item while it is being filled: its heading, the blocks it owns directly, its place in the tree. */
export interface Section {
  item: AgendaItem
  heading: Heading | undefined
  /** Block nodes between this heading and the next heading of any depth. */
  nodes: RootContent[]
  parent: Section | undefined
  children: Section[]
}

/** What every extractor reads: the file (for messages), front matter, config and all sections in document order. */
export interface ExtractContext {
  file: VFile
  frontMatter: FrontMatter
  config: Config
  /** Every section at every depth, in document order. */
  sections: Section[]
}
