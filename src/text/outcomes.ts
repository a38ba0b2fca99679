// The words of a motion's fate and count, shared by the cue words that find them and the Meeting contract that
// carries them (src/model/meeting.ts re-exports both).

/** What became of a motion: only `carried` motions (and decisions without an outcome) are decisions of the meeting. */
export type Outcome = 'carried' | 'failed' | 'withdrawn' | 'deferred'

/** A vote's count as the minutes give it. */
export interface Votes {
  for?: number
  against?: number
  abstain?: number
}
