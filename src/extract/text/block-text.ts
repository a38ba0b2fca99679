import type {Nodes} from 'mdast'
import {normalizeSpace, plainText} from './plain-text.js'

/** Blocks whose children are phrasing content: their text is read as one run. */
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell'])
/** Nodes that show nothing to a reader of the item. */
const silent = new Set(['html', 'definition', 'footnoteDefinition', 'yaml'])

/** Plain text of a block and everything in it, with a space between blocks and table cells. */
export function blockText(node: Nodes): string {
  const parts: string[] = []
  // An explicit stack, not recursion: block quotes and lists can nest deeper than the call stack allows.
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (silent.has(current.type)) continue
    if (phrasingParents.has(current.type)) parts.push(plainText(current))
    else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    } else if ('value' in current && typeof current.value === 'string') parts.push(current.value)
  }
  return normalizeSpace(parts.join(' '))
}
