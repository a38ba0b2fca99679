import type {Archive} from '../archive/types.js'

/** The JSON API as site path -> content: `/api/meetings.json` (every meeting) and one file per meeting, the Meeting contract as is. */
export function apiFiles(archive: Archive): Map<string, string> {
  const files = new Map<string, string>()
  const meetings = archive.meetings.map((entry) => entry.meeting)
  files.set('/api/meetings.json', JSON.stringify(meetings, null, 2) + '\n')
  for (const meeting of meetings) files.set(`/api/meetings/${meeting.slug}.json`, JSON.stringify(meeting, null, 2) + '\n')
  return files
}
