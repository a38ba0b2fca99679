import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify} from 'yaml'
import type {AgendaItem, Meeting, Person} from '../model/meeting.js'

const toMarkdown = unified()
  .use(rehypeParse, {fragment: true})
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-'})

function person(entry: Person): Person | string {
  return entry.role === undefined && entry.organization === undefined ? entry.name : {...entry}
}

function itemMarkdown(item: AgendaItem): string {
  const heading = `${'#'.repeat(Math.min(Math.max(item.depth, 1), 6))} ${item.number === undefined ? '' : `${item.number}. `}${item.title}`
  const body = item.html.trim() === '' ? '' : String(toMarkdown.processSync(item.html)).trim()
  return [heading, ...(body === '' ? [] : [body]), ...item.items.map(itemMarkdown)].join('\n\n')
}

/**
 * The Markdown a reader may download for a meeting: regenerated from the published (private-free,
 * redacted, sanitised) Meeting, never the raw source file, which may hold private blocks and contacts.
 */
export function publishedMarkdown(meeting: Meeting): string {
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
  const body = meeting.items.map(itemMarkdown).join('\n\n')
  return `---\n${stringify(frontMatter, {lineWidth: 0})}---\n\n${body}\n`
}
