import type {Decision} from '../model/meeting.js'
import type {Section} from './context.js'
import type {Unit} from './text/classify.js'

/**
 * The decisions of a section: explicit markers (`Decision:`, `Agreed:`, `RESOLVED:` ...), motions with their
 * mover, seconder, votes and outcome, elections, and prose ("The agenda was adopted ...", "It was agreed that ...").
 */
export function sectionDecisions(section: Section, units: readonly Unit[]): Decision[] {
  return units.flatMap((unit): Decision[] => {
    if (unit.kind !== 'decision') return []
    const {kind: _kind, text, line, ...how} = unit
    return [{text, item: section.anchor, line, ...how}]
  })
}
