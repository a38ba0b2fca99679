import type {Root} from 'mdast'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'

/**
 * Start of the outermost node that begins on `line` (a list item, a paragraph), so a message
 * about something the extractor found on that line points at where it is written.
 */
export function firstPointOnLine(tree: Root, line: number): Point {
  let found: Point | undefined
  visit(tree, (node) => {
    if (found !== undefined) return false
    const start = node.position?.start
    if (node.type !== 'root' && start?.line === line) {
      found = {line: start.line, column: start.column}
      return false
    }
    return undefined
  })
  return found ?? {line, column: 1}
}
