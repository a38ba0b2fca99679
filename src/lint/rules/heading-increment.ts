import type {Heading} from 'mdast'
import {visit} from 'unist-util-visit'
import {report, type Rule} from '../rule.js'

/** Headings go down one level at a time (## then ###), or the agenda's nesting is guessed wrong. */
export const headingIncrement: Rule = {
  id: 'minutebook:heading-increment',
  severity: 'warning',
  description: 'Headings go down one level at a time (`##` then `###`, not `##` then `####`), so sub-items nest as written.',
  check({entry}) {
    let previous: number | undefined
    visit(entry.tree, 'heading', (node: Heading) => {
      if (previous !== undefined && node.depth > previous + 1) {
        report(
          headingIncrement,
          entry,
          `Unexpected heading rank \`${node.depth}\`, expected rank \`${previous + 1}\` or lower`,
          node.position?.start ?? {line: 1, column: 1}
        )
      }
      previous = node.depth
    })
  }
}
