import type {Root} from 'hast'
import type {AgendaItem, Meeting} from '../model/meeting.js'
import {flattenItems} from '../archive/types.js'
import {itemTrees} from './item-tree.js'
import {publishedMarkdown} from './published-markdown.js'
import {treeToText} from './html-text.js'

/**
 * What the site makes from one meeting alone, whatever the rest of the archive holds: worked out next to
 * the parse (on its worker, stored in its cache entry) because each costs about as much as the parse itself.
 */
export interface MeetingOutputs {
  /**
   * The downloadable Markdown ({@link publishedMarkdown}); absent from a parse-cache entry, which keeps it in a file
   * of its own beside the entry (made again from the meeting if that file is lost).
   */
  markdown?: string
  /** The plain text of each agenda item's HTML, sub-items included, in document order (for search records). */
  itemTexts: string[]
}

/**
 * The outputs of one meeting that depend on it alone. Each item's HTML is parsed once for all of them, or not at
 * all when `rendered` holds the sanitised tree it was stringified from (`parseMeeting`'s `itemTrees`): the
 * outputs are the same either way.
 */
export function meetingOutputs(meeting: Meeting, rendered?: ReadonlyMap<AgendaItem, Root>): MeetingOutputs {
  const trees = itemTrees(rendered)
  return {markdown: publishedMarkdown(meeting, trees), itemTexts: flattenItems(meeting.items).map((item) => treeToText(trees(item)))}
}
