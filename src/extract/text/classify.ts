import type {List, ListItem, RootContent} from 'mdast'
import type {MarkerKind} from '../../text/record-cues.js'
import type {Section} from '../context.js'
import type {ActionReader} from './action-text.js'
import type {Unfinished} from './motions.js'
import {type State, initialState, type Unit} from './unit-state.js'
import {paragraph} from './paragraph.js'
import {listItem} from './list-entry.js'
import {withMotions, withElections, withOutcomes} from './decision-details.js'

export type {DecisionUnit, Unit} from './unit-state.js'

/** What is left to do, in document order, on the explicit stack that replaces recursion into nested blocks. */
type Task =
  | {type: 'block'; node: RootContent; next: RootContent | undefined}
  | {type: 'item'; item: ListItem; kind: MarkerKind | undefined}
  | {type: 'label'; label: string | undefined}

function pushBlocks(stack: Task[], nodes: readonly RootContent[]): void {
  for (let index = nodes.length - 1; index >= 0; index--) stack.push({type: 'block', node: nodes[index]!, next: nodes[index + 1]})
}

function pushItems(stack: Task[], lists: readonly List[], kind: MarkerKind | undefined): void {
  for (let list = lists.length - 1; list >= 0; list--) {
    const items = lists[list]!.children
    for (let index = items.length - 1; index >= 0; index--) stack.push({type: 'item', item: items[index]!, kind})
  }
}

/** Walks a section's blocks in order with an explicit stack: quotes and lists may nest thousands deep. */
function blocks(nodes: readonly RootContent[], state: State): void {
  const stack: Task[] = []
  pushBlocks(stack, nodes)
  while (stack.length > 0) {
    const task = stack.pop()!
    if (task.type === 'label') {
      state.label = task.label
    } else if (task.type === 'item') {
      const inherit = listItem(task.item, task.kind, state)
      const lists = task.item.children.filter((child): child is List => child.type === 'list')
      if (lists.length === 0) continue
      // The group label a lead-in item sets holds for its nested items only; the task below restores it.
      stack.push({type: 'label', label: state.label})
      pushItems(stack, lists, inherit.kind)
      state.label = inherit.label
    } else if (task.node.type === 'paragraph') {
      paragraph(task.node, task.next, state)
    } else if (task.node.type === 'list') {
      pushItems(stack, [task.node], state.regionKind ?? state.sectionKind)
    } else if (task.node.type === 'blockquote') {
      pushBlocks(stack, task.node.children)
    }
  }
}

/** A section's units and the motions it opened and never closed. */
export interface Classified {
  units: Unit[]
  unfinished: Unfinished[]
}

/**
 * Everything the decision, action and recommendation extractors read from one section, in source order.
 * Worked out once per section by the caller and handed to each, so the three agree on what each list item is.
 */
export function classifySection(section: Section, recommendationCues: readonly string[], reader: ActionReader): Classified {
  const state = initialState(section, recommendationCues, reader)
  blocks(section.nodes, state)
  const {units, unfinished} = withMotions(state)
  let office: string | undefined
  for (let current: Section | undefined = section; current && office === undefined; current = current.parent) office = reader.records.electionOffice(current.title)
  return {units: withElections(withOutcomes(units, reader.records), office, reader.records), unfinished}
}
