import {readFile, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {Archive, MeetingEntry} from '../archive/types.js'
import type {Config} from '../model/config.js'
import type {Meeting} from '../model/meeting.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import {renderMeetingPages} from './eleventy-render.js'
import {meetingPagePath} from './page-paths.js'
import {assembleSite} from '../site/site-input.js'

/** What {@link previewMeetingPage} needs: the archive as last built, and the one meeting file that changed. */
export interface PreviewOptions {
  root: string
  /** The output folder being served (absolute). */
  out: string
  archive: Archive
  config: Config
  /** The changed meeting file, relative to the root (`meetings/2007/x.md`). */
  path: string
  drafts: boolean
}

/**
 * The archive entry of `meeting` when only its text changed: same slug, date, series and status, so its place
 * among the others (previous, next, adoption) stands. Names new to the meeting stay unlinked until the full build.
 */
function patchedEntry(archive: Archive, meeting: Meeting): MeetingEntry | undefined {
  const entry = archive.meetings.find((candidate) => candidate.meeting.slug === meeting.slug)
  if (!entry) return undefined
  const before = entry.meeting
  if (before.date !== meeting.date || before.series !== meeting.series || before.status !== meeting.status) return undefined
  return {...entry, meeting}
}

/**
 * Renders the page of one changed meeting against the archive of the last build and swaps it into the served
 * output, so `serve` shows an edit at once, whatever the archive's size, while the full build (people, registers,
 * feeds, search) follows. Returns the meeting's slug, or undefined when only a full build can show the change (a new,
 * renamed, re-dated or broken meeting): the full build then reports what is wrong.
 */
export async function previewMeetingPage(options: PreviewOptions): Promise<string | undefined> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(join(options.root, options.path)))
  } catch (error) {
    // A meeting deleted since the change was seen is the full build's to handle; any other read failure is an error.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if (bytes.length === 0) return undefined
  const {meeting, messages} = parseMeeting(bytes, {path: options.path, config: options.config})
  if (!meeting || messages.some((message) => message.fatal === true)) return undefined
  const entry = patchedEntry(options.archive, meeting)
  if (!entry) return undefined

  // Eleventy gets a folder holding only the meeting template and its includes, so it renders one page.
  const work = join(dirname(options.out), `.${basename(options.out)}.preview-${process.pid}`)
  await rm(work, {recursive: true, force: true})
  try {
    const siteDir = await assembleSite(options.root, join(work, 'site'))
    await renderMeetingPages(siteDir, join(work, 'input'), join(work, 'output'), {
      archive: {...options.archive, meetings: options.archive.meetings.map((other) => (other.meeting.slug === meeting.slug ? entry : other))},
      config: options.config,
      drafts: options.drafts,
      meetingPages: [entry]
    })
    const page = meetingPagePath(meeting.slug)
    // One rename: a reader never gets half a page.
    await rename(join(work, 'output', page), join(options.out, page))
    return meeting.slug
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}
