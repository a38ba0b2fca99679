import type {Archive} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {apiFileStream} from '../render/api.js'
import {publishedMarkdown} from '../render/published-markdown.js'
import {meetingsCalendar} from '../site/calendar.js'
import {archiveFeeds} from '../site/feeds.js'
import {sitemap} from '../site/sitemap.js'
import {linkCachedMeetingFiles, meetingMarkdownPath} from './link-cached.js'
import type {CachedFiles} from './serialized-result.js'
import {indexablePaths, writeSiteFiles} from './write-files.js'

/**
 * The files built from the Archive without templates: feeds, calendar, JSON API, published Markdown; but the API
 * file and Markdown of the meetings in `linked`, already in the output.
 */
function* dataFiles(
  archive: Archive,
  config: Config,
  markdown: ReadonlyMap<string, string>,
  linked: ReadonlySet<string>
): Generator<[string, string]> {
  yield* archiveFeeds(archive, config)
  yield* apiFileStream(archive, config.pathPrefix, (meeting) => linked.has(meeting.slug))
  yield ['/meetings.ics', meetingsCalendar(archive.meetings, config)]
  for (const {meeting} of archive.meetings) {
    if (!linked.has(meeting.slug)) yield [meetingMarkdownPath(meeting.slug), markdown.get(meeting.slug) ?? publishedMarkdown(meeting)]
  }
}

/**
 * Writes into `outDir` the files that are data rather than pages: feeds, calendar, JSON API, each meeting's
 * Markdown and the sitemap of `indexableFiles`. Each meeting's API file and Markdown are linked from the parse
 * cache, where the parse that made them wrote them, when it keeps them. Returns how many meetings had theirs linked.
 */
export async function writeDataFiles(
  outDir: string,
  {archive, config, markdown, cachedFiles, indexableFiles}: {
    archive: Archive
    config: Config
    /** The downloadable Markdown the parse made, by slug; made here for the other meetings. */
    markdown: ReadonlyMap<string, string>
    cachedFiles: ReadonlyMap<string, CachedFiles>
    indexableFiles: readonly string[]
  }
): Promise<number> {
  const linked = linkCachedMeetingFiles(outDir, archive.meetings.map((entry) => entry.meeting), cachedFiles)
  await writeSiteFiles(outDir, dataFiles(archive, config, markdown, linked))
  await writeSiteFiles(outDir, new Map([['/sitemap.xml', sitemap(indexablePaths(indexableFiles), config)]]))
  return linked.size
}
