import type {List, ListItem, Parents} from 'mdast'
import {defaultHandlers, type State} from 'mdast-util-to-hast'

// Per conversion (each has its own state): a tree changed between two conversions is not answered from the first.
const looseLists = new WeakMap<State, WeakMap<List, boolean>>()

function isLoose(state: State, list: List): boolean {
  let lists = looseLists.get(state)
  if (lists === undefined) looseLists.set(state, (lists = new WeakMap()))
  let loose = lists.get(list)
  if (loose === undefined) {
    loose = list.spread === true || list.children.some((item) => (item.spread ?? item.children.length > 1) === true)
    lists.set(list, loose)
  }
  return loose
}

/**
 * mdast-util-to-hast's `listItem` handler, told whether its list is loose once per list: the
 * default works that out again for every item by walking all its siblings, so a long tight list
 * took time growing with the square of its length. The output is the same; a stand-in parent
 * carries the answer. Not a patch: it goes in through the public `handlers` option of
 * remark-rehype (see `html.ts`), and nothing else changes. Reported upstream in
 * docs/upstream/mdast-util-to-hast-list-item.md; test/parse/patches.test.ts fails when the
 * installed default handler changes.
 */
export function listItemHandler(state: State, node: ListItem, parent: Parents | undefined) {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent)
  const standIn: List = {type: 'list', spread: isLoose(state, parent), children: []}
  return defaultHandlers.listItem(state, node, standIn)
}
