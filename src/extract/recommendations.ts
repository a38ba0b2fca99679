import type {Recommendation} from '../model/meeting.js'
import type {ExtractContext} from './context.js'
import {classifySection} from './text/classify.js'

/**
 * Fills `recommendations` (items of lists under a cue, or marked `Recommendation:`, with their group) and
 * `points` (the text of every other list item) on every section.
 */
export function extractRecommendations(context: ExtractContext): void {
  for (const section of context.sections) {
    const {item} = section
    const units = classifySection(section, context)
    item.recommendations = units.flatMap((unit): Recommendation[] =>
      unit.kind === 'recommendation'
        ? [{text: unit.text, ...(unit.group === undefined ? {} : {group: unit.group}), item: item.anchor, line: unit.line}]
        : []
    )
    item.points = units.flatMap((unit) => (unit.kind === 'point' ? [unit.text] : []))
  }
}
