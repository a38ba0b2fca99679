import {isAdopted} from '../archive/outcomes.js'
import type {Archive, MeetingEntry} from '../archive/types.js'
import {flattenItems} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {absoluteUrl, encodePath} from '../text/site-paths.js'
import {itemLabel, longDate, outcomeLabel} from './format.js'
import {escapeXml} from './xml.js'

/** How many meetings a feed carries, newest first. */
const feedSize = 50

function entryHtml(entry: MeetingEntry): string {
  const meeting = entry.meeting
  const items = flattenItems(meeting.items)
  const parts = [`<p>${escapeXml(longDate(meeting.date))}${meeting.location === undefined ? '' : `, ${escapeXml(meeting.location)}`}</p>`]
  if (items.length > 0) parts.push(`<ol>${meeting.items.map((item) => `<li>${escapeXml(itemLabel(item))}</li>`).join('')}</ol>`)
  const decisions = meeting.decisions.filter(isAdopted)
  if (decisions.length > 0) {
    parts.push(`<p>Decisions:</p><ul>${decisions.map((decision) => `<li>${escapeXml(decision.text)}</li>`).join('')}</ul>`)
  }
  // A failed, withdrawn or deferred motion decided nothing: listed apart with its outcome, as on the site.
  const notCarried = meeting.decisions.filter((decision) => !isAdopted(decision))
  if (notCarried.length > 0) {
    parts.push(`<p>Motions not carried:</p><ul>${notCarried.map((decision) => `<li>${escapeXml(`${outcomeLabel(decision)}: ${decision.text}`)}</li>`).join('')}</ul>`)
  }
  return parts.join('')
}

/**
 * An Atom feed of meetings, newest first; `updated` comes from the newest meeting's date, never the clock.
 * `path` is the feed's own site path (`/feed.xml`), `pagePath` the HTML page it describes.
 */
export function atomFeed(entries: readonly MeetingEntry[], config: Config, options: {title: string; path: string; pagePath: string}): string {
  const url = (path: string) => escapeXml(absoluteUrl(config.baseUrl, config.pathPrefix, encodePath(path)))
  const newest = [...entries].reverse().slice(0, feedSize)
  const updated = newest[0]?.meeting.date ?? '1970-01-01'
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(config.lang)}">`,
    `  <title>${escapeXml(options.title)}</title>`,
    ...(config.description === undefined ? [] : [`  <subtitle>${escapeXml(config.description)}</subtitle>`]),
    `  <id>${url(options.path)}</id>`,
    `  <link rel="self" href="${url(options.path)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(options.pagePath)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(config.title)}</name></author>`
  ]
  for (const entry of newest) {
    const meeting = entry.meeting
    const link = url(`/meetings/${meeting.slug}/`)
    // A draft (published with --drafts) is marked as its page is, in the title readers see and as a category.
    const draft = meeting.status !== 'approved'
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(`${draft ? 'DRAFT: ' : ''}${meeting.title}, ${longDate(meeting.date)}`)}</title>`,
      `    <id>${link}</id>`,
      `    <link rel="alternate" type="text/html" href="${link}"/>`,
      `    <published>${meeting.date}T00:00:00Z</published>`,
      `    <updated>${(entry.adoptedAt?.date ?? meeting.date)}T00:00:00Z</updated>`,
      ...(meeting.series === undefined ? [] : [`    <category term="${escapeXml(meeting.series)}"/>`]),
      ...(draft ? ['    <category term="draft" label="Draft: not yet approved"/>'] : []),
      `    <content type="html">${escapeXml(entryHtml(entry))}</content>`,
      '  </entry>'
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}

/** Every feed of the archive: `/feed.xml` and `/series/<slug>/feed.xml`, as site path -> content. */
export function archiveFeeds(archive: Archive, config: Config): Map<string, string> {
  const feeds = new Map<string, string>()
  feeds.set('/feed.xml', atomFeed(archive.meetings, config, {title: config.title, path: '/feed.xml', pagePath: '/'}))
  for (const series of archive.series) {
    const entries = archive.meetings.filter((entry) => entry.seriesSlug === series.slug)
    const path = `/series/${series.slug}/feed.xml`
    feeds.set(path, atomFeed(entries, config, {title: `${series.name} · ${config.title}`, path, pagePath: `/series/${series.slug}/`}))
  }
  return feeds
}
