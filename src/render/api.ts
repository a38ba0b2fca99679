import type {Archive} from '../archive/types.js'
import type {Meeting} from '../model/meeting.js'
import {normalizePathPrefix} from '../text/site-paths.js'

/** One line of `/api/meetings.json`: what a meeting is and where its page and its full JSON are. */
export interface MeetingSummary {
  slug: string
  title: string
  date: string
  series?: string
  status: Meeting['status']
  location?: string
  /** The meeting's page, path prefix included. */
  page: string
  /** The meeting's full JSON (the Meeting contract), path prefix included. */
  json: string
}

/** The summary of a meeting for the list. */
function summary(meeting: Meeting, prefix: string): MeetingSummary {
  const slug = encodeURIComponent(meeting.slug)
  return {
    slug: meeting.slug,
    title: meeting.title,
    date: meeting.date,
    ...(meeting.series === undefined ? {} : {series: meeting.series}),
    status: meeting.status,
    ...(meeting.location === undefined ? {} : {location: meeting.location}),
    page: `${prefix}meetings/${slug}/`,
    json: `${prefix}api/meetings/${slug}.json`
  }
}

/**
 * The JSON API as site path -> content: one file per meeting, the Meeting contract as is, and `/api/meetings.json`,
 * the list of every meeting's summary with the address of its file. The list holds no full meetings: at a few
 * thousand meetings it would be hundreds of megabytes, past what one JavaScript string can hold.
 */
export function apiFiles(archive: Archive, pathPrefix = '/'): Map<string, string> {
  return new Map(apiFileStream(archive, pathPrefix))
}

/** A meeting's own file of the API: the Meeting contract as is. Depends on the meeting alone. */
export function meetingJson(meeting: Meeting): string {
  return JSON.stringify(meeting, null, 2) + '\n'
}

/** Where a meeting's own file of the API goes in the output. */
export function meetingJsonPath(slug: string): string {
  return `/api/meetings/${slug}.json`
}

/**
 * The files of {@link apiFiles} one at a time, each meeting's JSON made as it is asked for; `skip` leaves out the
 * files of meetings already in the output (linked from the parse cache).
 */
export function* apiFileStream(archive: Archive, pathPrefix = '/', skip?: (meeting: Meeting) => boolean): Generator<[string, string]> {
  const prefix = normalizePathPrefix(pathPrefix)
  const meetings = archive.meetings.map((entry) => entry.meeting)
  yield ['/api/meetings.json', JSON.stringify(meetings.map((meeting) => summary(meeting, prefix)), null, 2) + '\n']
  for (const meeting of meetings) if (skip?.(meeting) !== true) yield [meetingJsonPath(meeting.slug), meetingJson(meeting)]
}
