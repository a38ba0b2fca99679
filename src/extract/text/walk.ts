import type {Nodes} from 'mdast'

/**
 * Calls `visit` on a node and everything below it, depth first in document order, with an explicit stack:
 * minutes may nest block quotes or lists thousands deep, and a recursive walk would overflow the call stack.
 */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    visit(current)
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
}
