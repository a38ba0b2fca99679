import type {MeetingEntry} from '../archive/types.js'
import type {Config} from '../model/config.js'
import {absoluteUrl, encodePath} from '../text/site-paths.js'

/** Escapes a TEXT value (RFC 5545 §3.3.11); any line end (a lone carriage return too) becomes the escape `\n`. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n')
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = Buffer.byteLength(char)
    const limit = parts.length === 0 ? 75 : 74
    if (size + bytes > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1))
  return date.toISOString().slice(0, 10)
}

/**
 * `meetings.ics`: one all-day VEVENT per meeting; the UID is the meeting's URL (stable across builds,
 * and not shaped like an e-mail address); DTSTAMP is the meeting date (the clock never enters the output).
 */
export function meetingsCalendar(entries: readonly MeetingEntry[], config: Config): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutebook//minutebook//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(config.title)}`]
  for (const {meeting} of entries) {
    const compact = meeting.date.replace(/-/g, '')
    const url = absoluteUrl(config.baseUrl, config.pathPrefix, encodePath(`/meetings/${meeting.slug}/`))
    lines.push(
      'BEGIN:VEVENT',
      `UID:${url}`,
      `DTSTAMP:${compact}T000000Z`,
      `DTSTART;VALUE=DATE:${compact}`,
      `DTEND;VALUE=DATE:${nextDay(meeting.date).replace(/-/g, '')}`,
      // A draft (published with --drafts) is tentative: its minutes are not adopted, maybe not even its date.
      `SUMMARY:${escapeText(meeting.status === 'approved' ? meeting.title : `DRAFT: ${meeting.title}`)}`,
      ...(meeting.location === undefined ? [] : [`LOCATION:${escapeText(meeting.location)}`]),
      ...(meeting.series === undefined ? [] : [`CATEGORIES:${escapeText(meeting.series)}`]),
      `URL:${url}`,
      `STATUS:${meeting.status === 'approved' ? 'CONFIRMED' : 'TENTATIVE'}`,
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
