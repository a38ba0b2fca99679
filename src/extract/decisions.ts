import type {ExtractContext} from './context.js'
import {classifySection} from './text/classify.js'

/**
 * Fills `decisions` on every section: explicit markers (`Decision:`, `Agreed:`, `RESOLVED:` ...), "Motion carried",
 * and past-tense prose ("The agenda was adopted ...", "It was agreed that ..."), one per sentence.
 */
export function extractDecisions(context: ExtractContext): void {
  for (const section of context.sections) {
    const {item} = section
    item.decisions = classifySection(section, context).flatMap((unit) =>
      unit.kind === 'decision' ? [{text: unit.text, item: item.anchor, line: unit.line}] : []
    )
  }
}
