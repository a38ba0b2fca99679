import GithubSlugger from 'github-slugger'
import type {RootContent} from 'mdast'
import type {CueSet} from '../../text/languages/index.js'
import type {AttendanceBlock, Section} from '../context.js'
import {meetingBlocks} from './blocks.js'
import {enumeratedEntries} from './entries.js'
import {headingTree, walk, topicsOf, entryDraft} from './draft.js'
import {isDocumentTitle, classify, splitLabels} from './roles.js'
import {resolveAgenda, mergeRepeats, topicsWithoutHeadings} from './agenda.js'
import {type Assembly, assemble} from './assemble.js'
import {attendanceBlocks} from './roll-calls.js'

/** What the outline of a meeting gives: its sections in document order and the roll calls found on the way. */
export interface Outline {
  sections: Section[]
  attendance: AttendanceBlock[]
}

/**
 * The outline of a meeting: which parts are topics (agenda items, nested) and which are logistics, from
 * headings, labels, agenda lists and lists that carry the discussion; with the roll calls found in it.
 */
export function buildOutline(children: readonly RootContent[], cues: CueSet, meetingTitle: string): Outline {
  const root = headingTree(meetingBlocks(children))
  const first = root.children[0]
  if (first && isDocumentTitle(root, first, cues, meetingTitle)) {
    first.role = 'title'
  }
  classify(root, cues, undefined)
  walk(root, (node) => {
    if (node.role === 'root' || node.role === 'title' || node.role === 'container') splitLabels(node, cues)
  })
  walk(root, (node) => {
    if (node.role === 'agenda') resolveAgenda(root, node)
  })
  mergeRepeats(root)
  if (topicsOf(root).length === 0) topicsWithoutHeadings(root)
  walk(root, (node) => {
    if (node.role !== 'topic') return
    const found = enumeratedEntries(node.nodes)
    if (!found) return
    node.nodes = found.before
    node.children = [...found.entries.map((entry) => entryDraft(entry, node, node.depth + 1)), ...node.children]
  })
  const topics = topicsOf(root)
  const topDepth = topics.length > 0 ? topics.reduce((least, topic) => Math.min(least, topic.depth), Infinity) : 2
  const assembly: Assembly = {sections: [], slugger: new GithubSlugger()}
  assemble(root, undefined, topDepth, assembly)
  // Labelled parts are cut out of the text around them, so document order is the order of their lines.
  const sections = assembly.sections.map((made, index) => ({made, index})).sort((a, b) => a.made.line - b.made.line || a.index - b.index).map(({made}) => made)
  return {sections, attendance: attendanceBlocks(root, cues)}
}
