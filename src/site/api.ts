import type {Archive} from '../archive/types.js'

/** The JSON API as site path -> content: `/api/meetings.json` (every meeting) and one file per meeting, the Meeting contract as is. */
export function apiFiles(archive: Archive): Map<string, string> {
  const files = new Map<string, string>()
  const meetings = archive.meetings.map((entry) => entry.meeting)
  const each = meetings.map((meeting) => JSON.stringify(meeting, null, 2))
  // The list is the same JSON one level deeper: indenting each meeting's text costs far less than a second stringify.
  const list = meetings.length === 0 ? '[]' : `[\n${each.map((json) => `  ${json.replaceAll('\n', '\n  ')}`).join(',\n')}\n]`
  files.set('/api/meetings.json', list + '\n')
  meetings.forEach((meeting, index) => files.set(`/api/meetings/${meeting.slug}.json`, each[index] + '\n'))
  return files
}
