import {report, type Rule} from '../rule.js'
import {firstPointOnLine} from '../tree-place.js'

/** An action nobody owns is an action nobody does: every action names who will do it. */
export const actionWithoutOwner: Rule = {
  id: 'minutebook:action-without-owner',
  severity: 'warning',
  description: 'Every action names its owner (`- [ ] Name to ...`, `ACTION: Name — ...`), so the register can follow it up.',
  check({entry}) {
    for (const action of entry.meeting?.actions ?? []) {
      if (action.owner !== undefined && action.owner.trim() !== '') continue
      report(
        actionWithoutOwner,
        entry,
        `Unexpected action without an owner \`${excerpt(action.text)}\`, expected \`Name to ...\` naming who does it`,
        firstPointOnLine(entry.tree, action.line)
      )
    }
  }
}

/** The first words of a long text, so a message stays on one readable line. */
export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}
