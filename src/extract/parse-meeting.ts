import type {Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Config} from '../model/config.js'
import type {AgendaItem, Logistics, Meeting} from '../model/meeting.js'
import {normalizeLoneCarriageReturns} from '../parse/line-ends.js'
import {createMinutesProcessor} from './processor.js'
import {readMinutes} from './remark-minutes.js'
import {slugFromPath} from '../text/slug.js'

/** Options of {@link parseMeeting}. */
export interface ParseOptions {
  /** Path of the file, relative to the archive root; used for messages, `source` and `slug`. */
  path: string
  config?: Config
  /** Also return the tree as written, before private blocks are cut and contacts redacted (for `check`). */
  keepSourceTree?: boolean
  /**
   * Also return the sanitised tree behind each agenda item's and logistics section's HTML (for the site's outputs,
   * which then skip parsing it back).
   */
  keepItemTrees?: boolean
}

/** What parsing one meeting gives: the meeting (absent when unusable) and every message. */
export interface ParseResult {
  meeting: Meeting | undefined
  messages: VFileMessage[]
  file: VFile
  /** The Markdown tree as written; only with `keepSourceTree`. */
  sourceTree?: Root
  /**
   * The sanitised tree each agenda item's and logistics section's `html` was stringified from (none for empty
   * ones); only with `keepItemTrees`, never part of the Meeting.
   */
  itemTrees?: ReadonlyMap<AgendaItem | Logistics, HastRoot>
}

/** Parses one meeting file (text or bytes) into the Meeting contract; never throws on content. */
export function parseMeeting(input: string | Uint8Array, options: ParseOptions): ParseResult {
  const file = new VFile({path: options.path, value: normalizeLoneCarriageReturns(input)})
  const processor = createMinutesProcessor(options.config)
  const tree = processor.parse(file)
  // A copy costs far less than the second parse a caller would otherwise need.
  const sourceTree = options.keepSourceTree === true ? structuredClone(tree) : undefined
  // What the processor's one transformer (remarkMinutes) runs, called here for what it returns beside the Meeting.
  const read = readMinutes(tree, file, options.config)
  const meeting = read?.meeting
  const itemTrees = options.keepItemTrees === true ? read?.trees : undefined
  if (meeting) {
    // The file as the plugin leaves it.
    file.data.meeting = meeting
    meeting.slug = slugFromPath(options.path)
    meeting.source = options.path
  }
  return {
    meeting,
    messages: [...file.messages],
    file,
    ...(sourceTree === undefined ? {} : {sourceTree}),
    ...(itemTrees === undefined ? {} : {itemTrees})
  }
}
