import type {MeetingStatus} from './meeting.js'

/** An attendee as front matter gives it, after "Name (Org)" strings are split. */
export interface AttendeeEntry {
  name: string
  organization?: string
  role?: string
  aliases?: string[]
}

/** Validated, normalised front matter of one meeting file. */
export interface FrontMatter {
  title: string
  date: string
  series?: string
  status: MeetingStatus
  chair?: AttendeeEntry
  location?: string
  attendees: AttendeeEntry[]
  apologies: AttendeeEntry[]
  approves?: string
  closes: string[]
  tags: string[]
  lang?: string
  /** Values of the archive's own keys (`customFrontMatter` in `minutebook.yml`), as written but redacted. */
  custom?: Record<string, unknown>
}

/** The keys a meeting's front matter may use (unknown keys are an error naming the nearest one). */
export const frontMatterKeys = [
  'title',
  'date',
  'series',
  'status',
  'chair',
  'location',
  'attendees',
  'apologies',
  'approves',
  'closes',
  'tags',
  'lang'
] as const
