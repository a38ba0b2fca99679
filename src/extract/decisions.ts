import type {Decision} from '../model/meeting.js'
import type {Section} from './context.js'
import type {Unit} from './text/classify.js'

/**
 * The decisions of a section: explicit markers (`Decision:`, `Agreed:`, `RESOLVED:` ...), "Motion carried",
 * and past-tense prose ("The agenda was adopted ...", "It was agreed that ..."), one per sentence.
 */
export function sectionDecisions(section: Section, units: readonly Unit[]): Decision[] {
  return units.flatMap((unit) => (unit.kind === 'decision' ? [{text: unit.text, item: section.anchor, line: unit.line}] : []))
}
