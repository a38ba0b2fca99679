import {flattenItems} from '../../archive/types.js'
import type {AgendaItem} from '../../model/meeting.js'
import {report, type Rule} from '../rule.js'

/** Item titles that say something is adopted, approved or confirmed ("Review and adoption of minutes"). */
const adoptionTitle = /\b(?:adopt(?:s|ed|ion)?|approv(?:e|es|ed|al)|confirm(?:s|ed|ation)?)\b/i

function decisionCount(item: AgendaItem): number {
  return flattenItems([item]).reduce((sum, each) => sum + each.decisions.length, 0)
}

/** A decision sentence that fits the item, for the message. */
function example(title: string): string {
  if (/\bminutes\b/i.test(title)) return 'The minutes were adopted.'
  if (/\bagenda\b/i.test(title)) return 'The agenda was adopted.'
  return '**Decision:** ... was adopted.'
}

/** An item named like an adoption must record what was adopted, or the approval chain has a gap. */
export const adoptionWithoutDecision: Rule = {
  id: 'minutebook:adoption-without-decision',
  severity: 'warning',
  description:
    'An agenda item named like an adoption ("Review and adoption of minutes") records a decision, such as "The minutes were adopted".',
  check({entry}) {
    for (const item of flattenItems(entry.meeting?.items ?? [])) {
      if (!adoptionTitle.test(item.title) || decisionCount(item) > 0) continue
      report(
        adoptionWithoutDecision,
        entry,
        `Unexpected adoption item \`${item.title}\` without a decision, expected one such as \`${example(item.title)}\``,
        {line: item.line, column: 1}
      )
    }
  }
}
