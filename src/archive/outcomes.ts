import type {Decision} from '../model/meeting.js'

/**
 * Whether a decision counts as one of the meeting's decisions: one stated outright (no outcome) or a carried motion.
 * Failed, withdrawn and deferred motions are records of what was proposed, not decisions.
 */
export function isAdopted(decision: Pick<Decision, 'outcome'>): boolean {
  return decision.outcome === undefined || decision.outcome === 'carried'
}
