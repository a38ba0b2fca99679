import type {Root} from 'hast'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify} from 'yaml'
import type {AgendaItem, Logistics, Meeting, Person} from '../model/meeting.js'
import {meetingParts} from '../archive/meeting-parts.js'
import {itemTrees, parseItemHtml, type ItemTrees} from './item-tree.js'

// No parser: each item's HTML arrives as a hast tree (see item-tree.ts), which is turned into mdast and stringified.
const toMarkdown = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-'})

function person(entry: Person): Person | string {
  return entry.role === undefined && entry.organization === undefined ? entry.name : {...entry}
}

/** A Markdown heading at `depth`, kept to the six levels Markdown has. */
function headingMarkdown(depth: number, text: string): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${text}`
}

/** A section's HTML as Markdown, from its tree (asked for only when there is text); empty when it has none. */
function bodyMarkdown(html: string, tree: () => Root): string {
  return html.trim() === '' ? '' : toMarkdown.stringify(toMarkdown.runSync(tree())).trim()
}

function itemMarkdown(item: AgendaItem, trees: ItemTrees): string {
  const heading = headingMarkdown(item.depth, `${item.number === undefined ? '' : `${item.number}. `}${item.title}`)
  const body = bodyMarkdown(item.html, () => trees(item))
  return [heading, ...(body === '' ? [] : [body]), ...item.items.map((child) => itemMarkdown(child, trees))].join('\n\n')
}

/** A logistics section as Markdown: its heading (none for the text before the first heading) and its text. */
function logisticsMarkdown(part: Logistics): string {
  const body = bodyMarkdown(part.html, () => parseItemHtml(part.html))
  const heading = !part.heading ? [] : [headingMarkdown(part.depth, part.title)]
  return [...heading, ...(body === '' ? [] : [body])].join('\n\n')
}

/**
 * The Markdown a reader may download for a meeting: regenerated from the published (private-free,
 * redacted, sanitised) Meeting, never the raw source file, which may hold private blocks and contacts.
 * `trees` gives the hast of each item's HTML (parsed from it by default).
 */
export function publishedMarkdown(meeting: Meeting, trees: ItemTrees = itemTrees()): string {
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
  const body = meetingParts(meeting)
    .map((part) => (part.part === 'item' ? itemMarkdown(part.item, trees) : logisticsMarkdown(part.logistics)))
    .filter((text) => text !== '')
    .join('\n\n')
  return `---\n${stringify(frontMatter, {lineWidth: 0})}---\n\n${body}\n`
}
