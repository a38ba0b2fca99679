import type {RootContent} from 'mdast'
import type {LogisticsKind} from '../../model/meeting.js'
import type {AttendanceKind} from '../../text/languages/index.js'
import {headingText} from './blocks.js'
import type {Entry} from './entries.js'
import {splitNumber} from './numbering.js'

/** What a heading (or a label, or a list entry) turned out to be while the outline is worked out. */
export type Role = 'root' | 'title' | 'topic' | 'logistics' | 'container' | 'agenda' | 'gone'

/** A heading, label or list entry of the outline being worked out, with the blocks under it. */
export interface Draft {
  role: Role
  title: string
  number?: string
  line: number
  depth: number
  nodes: RootContent[]
  children: Draft[]
  parent: Draft | undefined
  logistics?: LogisticsKind
  attendance?: AttendanceKind
  /** Announced by an agenda: a later heading with the same title adds to this topic instead of repeating it. */
  announced?: boolean
  /** Made from a heading of the minutes (not a label, a list entry or the text before the first heading). */
  fromHeading?: boolean
}

/** A new draft with no blocks and no children. */
export function draft(role: Role, title: string, line: number, depth: number, parent: Draft | undefined, number?: string): Draft {
  return {role, title, line, depth, nodes: [], children: [], parent, ...(number === undefined ? {} : {number})}
}

/** Headings and the blocks under them, as a tree under a root that holds the text before the first heading. */
export function headingTree(blocks: readonly RootContent[]): Draft {
  const root = draft('root', '', 1, 0, undefined)
  const stack: Draft[] = [root]
  for (const node of blocks) {
    if (node.type !== 'heading') {
      stack[stack.length - 1]!.nodes.push(node)
      continue
    }
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop()
    const parent = stack[stack.length - 1]!
    const {number, title} = splitNumber(headingText(node))
    const child = draft('topic', title, node.position?.start.line ?? 1, node.depth, parent, number)
    child.fromHeading = true
    parent.children.push(child)
    stack.push(child)
  }
  return root
}

/** Visits `node` and everything below it, parents first: a node's children as they are after its own visit. */
export function walk(node: Draft, visit: (node: Draft) => void): void {
  visit(node)
  for (const child of [...node.children]) walk(child, visit)
}

/** Every topic of the tree, in document order. */
export function topicsOf(root: Draft): Draft[] {
  const found: Draft[] = []
  walk(root, (node) => {
    if (node.role === 'topic') found.push(node)
  })
  return found
}

/** True when `node` is `ancestor` or lies below it. */
export function isInside(node: Draft, ancestor: Draft): boolean {
  for (let current: Draft | undefined = node; current; current = current.parent) if (current === ancestor) return true
  return false
}

/** A topic made from an agenda or list entry, announced so that a later heading with its title adds to it. */
export function entryDraft(entry: Entry, parent: Draft, depth: number): Draft {
  const topic = draft('topic', entry.title, entry.line, depth, parent, entry.number)
  topic.nodes = entry.nodes
  topic.announced = true
  return topic
}
