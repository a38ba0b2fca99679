import type {Recommendation} from '../model/meeting.js'
import type {Section} from './context.js'
import type {Unit} from './text/classify.js'

/** The recommendations of a section: items of lists under a cue, or marked `Recommendation:`, with their group. */
export function sectionRecommendations(section: Section, units: readonly Unit[]): Recommendation[] {
  return units.flatMap((unit): Recommendation[] =>
    unit.kind === 'recommendation'
      ? [{text: unit.text, ...(unit.group === undefined ? {} : {group: unit.group}), item: section.anchor, line: unit.line}]
      : []
  )
}

/** The text of every other list item of a section: nothing in the minutes is dropped. */
export function sectionPoints(units: readonly Unit[]): string[] {
  return units.flatMap((unit) => (unit.kind === 'point' ? [unit.text] : []))
}
