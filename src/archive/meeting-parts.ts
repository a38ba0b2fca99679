import type {AgendaItem, Logistics, Meeting} from '../model/meeting.js'

/** One part of a meeting page in reading order: an agenda item or a logistics section. */
export type MeetingPart = {part: 'item'; item: AgendaItem} | {part: 'logistics'; logistics: Logistics}

/**
 * The top-level agenda items and the logistics sections of a meeting, merged in the order of the minutes (by
 * line), so the page shows the roll call, the agenda as announced and the next meeting where the secretary put them.
 */
export function meetingParts(meeting: Pick<Meeting, 'items' | 'logistics'>): MeetingPart[] {
  const parts: Array<{line: number; part: MeetingPart}> = [
    ...meeting.items.map((item) => ({line: item.line, part: {part: 'item' as const, item}})),
    ...(meeting.logistics ?? []).map((logistics) => ({line: logistics.line, part: {part: 'logistics' as const, logistics}}))
  ]
  // The sort is stable: on one line, items stay ahead of logistics, each in the order the minutes give.
  return parts.sort((a, b) => a.line - b.line).map(({part}) => part)
}
