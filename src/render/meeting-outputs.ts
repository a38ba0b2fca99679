import type {Root} from 'hast'
import type {AgendaItem, Logistics, Meeting} from '../model/meeting.js'
import {flattenItems} from '../archive/types.js'
import {publishedMarkdown} from './published-markdown.js'
import {renderItem, type RenderedItem} from './render-item.js'

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
 * The outputs of one meeting that depend on it alone, each section rendered once ({@link renderItem}) for all of
 * them: from the sanitised trees in `trees` (`parseMeeting`'s `itemTrees`) when given, else from the HTML. The
 * outputs are the same either way.
 */
export function meetingOutputs(meeting: Meeting, trees?: ReadonlyMap<AgendaItem | Logistics, Root>): MeetingOutputs {
  const rendered = new Map<AgendaItem | Logistics, RenderedItem>()
  const render = (section: AgendaItem | Logistics): RenderedItem => {
    let outputs = rendered.get(section)
    if (outputs === undefined) {
      outputs = renderItem({html: section.html, tree: trees?.get(section)})
      rendered.set(section, outputs)
    }
    return outputs
  }
  const markdown = publishedMarkdown(meeting, (section) => render(section).markdown)
  return {markdown, itemTexts: flattenItems(meeting.items).map((item) => render(item).text)}
}
