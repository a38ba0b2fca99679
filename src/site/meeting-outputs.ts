import type {Meeting} from '../model/meeting.js'
import {flattenItems} from '../archive/types.js'
import {publishedMarkdown} from './published-markdown.js'
import {htmlToText} from './search/html-text.js'

/**
 * What the site makes from one meeting alone, whatever the rest of the archive holds: worked out next to
 * the parse (on its worker, stored in its cache entry) because each costs about as much as the parse itself.
 */
export interface MeetingOutputs {
  /** The downloadable Markdown ({@link publishedMarkdown}). */
  markdown: string
  /** The plain text of each agenda item's HTML, sub-items included, in document order (for search records). */
  itemTexts: string[]
}

/** The outputs of one meeting that depend on it alone. */
export function meetingOutputs(meeting: Meeting): MeetingOutputs {
  return {markdown: publishedMarkdown(meeting), itemTexts: flattenItems(meeting.items).map((item) => htmlToText(item.html))}
}

/** Site modules whose code shapes {@link MeetingOutputs}: part of the parse cache's version, relative to `src/site`. */
export const meetingOutputModules = ['meeting-outputs', 'published-markdown', 'search/html-text']
