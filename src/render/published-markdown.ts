import {stringify} from 'yaml'
import type {AgendaItem, Logistics, Meeting, Person} from '../model/meeting.js'
import {meetingParts} from '../archive/meeting-parts.js'
import {itemMarkdown} from './render-item.js'

/** The Markdown of an agenda item's or logistics section's content, without its heading (see `renderItem`). */
export type SectionMarkdown = (section: AgendaItem | Logistics) => string

function person(entry: Person): Person | string {
  return entry.role === undefined && entry.organization === undefined ? entry.name : {...entry}
}

/** A Markdown heading at `depth`, kept to the six levels Markdown has. */
function headingMarkdown(depth: number, text: string): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${text}`
}

/** An agenda item as Markdown: its heading, its content, then its sub-items. */
function agendaItemMarkdown(item: AgendaItem, body: SectionMarkdown): string {
  const heading = headingMarkdown(item.depth, `${item.number === undefined ? '' : `${item.number}. `}${item.title}`)
  const content = body(item)
  return [heading, ...(content === '' ? [] : [content]), ...item.items.map((child) => agendaItemMarkdown(child, body))].join('\n\n')
}

/** A logistics section as Markdown: its heading (none for the text before the first heading) and its text. */
function logisticsMarkdown(part: Logistics, body: SectionMarkdown): string {
  const content = body(part)
  const heading = !part.heading ? [] : [headingMarkdown(part.depth, part.title)]
  return [...heading, ...(content === '' ? [] : [content])].join('\n\n')
}

/**
 * The Markdown a reader may download for a meeting: regenerated from the published (private-free,
 * redacted, sanitised) Meeting, never the raw source file, which may hold private blocks and contacts.
 * `body` gives each section's content as Markdown: from its HTML by default, from the renderer's trees beside the
 * parse (`meetingOutputs`), the same bytes either way.
 */
export function publishedMarkdown(meeting: Meeting, body: SectionMarkdown = itemMarkdown): string {
  const frontMatter = {
    title: meeting.title,
    date: meeting.date,
    ...(meeting.series === undefined ? {} : {series: meeting.series}),
    status: meeting.status,
    ...(meeting.chair === undefined ? {} : {chair: person(meeting.chair)}),
    ...(meeting.location === undefined ? {} : {location: meeting.location}),
    ...(meeting.attendees.length === 0 ? {} : {attendees: meeting.attendees.map(person)}),
    ...(meeting.apologies.length === 0 ? {} : {apologies: meeting.apologies.map(person)}),
    ...(meeting.approves === undefined ? {} : {approves: meeting.approves}),
    ...(meeting.lang === undefined ? {} : {lang: meeting.lang})
  }
  const text = meetingParts(meeting)
    .map((part) => (part.part === 'item' ? agendaItemMarkdown(part.item, body) : logisticsMarkdown(part.logistics, body)))
    .filter((section) => section !== '')
    .join('\n\n')
  return `---\n${stringify(frontMatter, {lineWidth: 0})}---\n\n${text}\n`
}
