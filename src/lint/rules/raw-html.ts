import type {Html} from 'mdast'
import {visit} from 'unist-util-visit'
import {findPrivateRanges} from '../../parse/private-blocks.js'
import {report, type Rule} from '../rule.js'

/** A private marker on its own is allowed even where it does not pair (the parser reports that). */
const marker = /<!--\s*\/?\s*private\s*-->/gi

/**
 * Raw HTML is dropped by the sanitiser and would surprise the writer (a comment is not private):
 * only the `<!-- private -->` markers, and whatever they enclose, are allowed.
 */
export const rawHtml: Rule = {
  id: 'minutebook:raw-html',
  severity: 'error',
  description:
    'No raw HTML in the minutes (it is not published; an HTML comment is not private): only `<!-- private -->` ... `<!-- /private -->` markers.',
  check({entry}) {
    const ranges = findPrivateRanges(entry.text)
    visit(entry.tree, 'html', (node: Html) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      // Keep only the characters of the node outside every private block (markers included in the block).
      let outside = ''
      for (let offset = start; offset < end; offset++) {
        if (!ranges.some((range) => offset >= range.start && offset < range.end)) outside += entry.text[offset]
      }
      const shown = outside.replace(marker, '').replace(/\s+/g, ' ').trim()
      if (shown === '') return
      report(
        rawHtml,
        entry,
        `Unexpected raw HTML \`${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text)`,
        node.position?.start ?? {line: 1, column: 1}
      )
    })
  }
}
