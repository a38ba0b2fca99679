import {boldEntries, listEntries, topicEntries, type Entry} from './entries.js'
import {announces, repeats, sameWords} from './title-words.js'
import {type Draft, walk, topicsOf, isInside, entryDraft} from './draft.js'

/**
 * An agenda is announced (logistics) when the topics it lists come again as headings; otherwise its entries
 * are the topics. An agenda heading with sub-headings groups the topics under it.
 */
export function resolveAgenda(root: Draft, agenda: Draft): void {
  const childTopics = agenda.children.filter((child) => child.role === 'topic')
  if (childTopics.length > 0) {
    agenda.role = 'container'
    for (const child of childTopics) {
      child.announced = true
      // "### Technik" over "* **Richtfunk**: ...", "* **Kanalwahl**: ...": each bold entry is a topic of its own.
      const bold = boldEntries(child.nodes)
      if (bold) {
        child.nodes = bold.rest
        child.children = [...bold.entries.map((entry) => entryDraft(entry, child, child.depth + 1)), ...child.children]
      }
    }
    return
  }
  const found = topicEntries(agenda.nodes, true)
  if (!found || found.entries.length === 0) {
    agenda.role = 'logistics'
    agenda.logistics = 'agenda'
    return
  }
  const later = topicsOf(root).filter((topic) => topic.line > agenda.line && !isInside(topic, agenda))
  // An entry counts as announced when it, or an entry nested under it, comes again as a heading.
  const announced = (entry: Entry): boolean =>
    later.some((topic) => announces(entry.title, topic.title)) ||
    entry.nodes.some((node) => node.type === 'list' && listEntries(node).some(announced))
  const matched = found.entries.filter(announced).length
  // Headings after the agenda that take up its entries: the agenda was announced, the headings are the topics.
  if (later.length > 0 && matched >= 1) {
    agenda.role = 'logistics'
    agenda.logistics = 'agenda'
    return
  }
  agenda.role = 'container'
  agenda.nodes = [...found.before, ...found.after]
  agenda.children = [...found.entries.map((entry) => entryDraft(entry, agenda, agenda.depth + 1)), ...agenda.children]
}

/** A later topic whose title repeats an announced one adds its blocks and sub-topics to it. */
export function mergeRepeats(root: Draft): void {
  const announced: Draft[] = []
  const seen: Draft[] = []
  walk(root, (node) => {
    if (node.role !== 'topic') return
    if (node.announced) {
      announced.push(node)
      seen.push(node)
      return
    }
    const sameNumber = (topic: Draft): boolean => topic.number === node.number || topic.number === undefined || node.number === undefined
    // Minutes that repeat the agenda's headings under "Protokoll" or "Minutes" add to the topics announced
    // there; so does a heading under such a container that repeats an earlier topic word for word.
    const inContainer = node.parent !== undefined && (node.parent.role === 'container' || node.parent.role === 'title' || node.parent.role === 'root')
    const earlier =
      announced.find((topic) => topic.line < node.line && repeats(topic.title, node.title) && sameNumber(topic)) ??
      (inContainer ? seen.find((topic) => topic.line < node.line && topic.parent !== node.parent && sameWords(topic.title, node.title) && sameNumber(topic)) : undefined)
    seen.push(node)
    if (!earlier) return
    earlier.nodes = [...earlier.nodes, ...node.nodes]
    for (const child of node.children) child.parent = earlier
    earlier.children = [...earlier.children, ...node.children]
    node.role = 'gone'
    node.children = []
  })
}

/** Minutes with no topic heading: topics are the entries of a list that carries the discussion, numbered or bold lines. */
export function topicsWithoutHeadings(root: Draft): void {
  const holders: Draft[] = []
  walk(root, (node) => {
    if (node.role === 'root' || node.role === 'title' || node.role === 'container') holders.push(node)
  })
  for (const holder of holders) {
    const found = topicEntries(holder.nodes, false)
    if (!found || found.entries.length === 0) continue
    holder.nodes = [...found.before, ...found.after]
    holder.children = [...found.entries.map((entry) => entryDraft(entry, holder, holder.depth + 1)), ...holder.children]
    return
  }
}
