import type {Meeting} from '../model/meeting.js'

/**
 * The published meetings with every `approves:` that names a meeting not published left out, and the slugs of those
 * changed. `approves` is a slug, the file name of the meeting it names: naming a draft put the draft's file name (its
 * date and title) into the API and the Markdown of the meeting that adopted it.
 */
export function withoutUnpublishedReferences(published: readonly Meeting[]): {meetings: Meeting[]; changed: Set<string>} {
  const slugs = new Set(published.map((meeting) => meeting.slug))
  const changed = new Set<string>()
  const meetings = published.map((meeting) => {
    if (meeting.approves === undefined || slugs.has(meeting.approves)) return meeting
    changed.add(meeting.slug)
    const {approves: _unpublished, ...rest} = meeting
    return rest
  })
  return {meetings, changed}
}
