import type GithubSlugger from 'github-slugger'
import type {LogisticsKind} from '../../model/meeting.js'
import type {Section} from '../context.js'
import {isSilent} from './blocks.js'
import {anchorFor} from './numbering.js'
import type {Draft} from './draft.js'

/** What assembling has made so far: the sections in the order made, and the anchors already taken. */
export interface Assembly {
  sections: Section[]
  slugger: GithubSlugger
}

function section(node: Draft, kind: Section['kind'], parent: Section | undefined, depth: number, assembly: Assembly, logistics?: LogisticsKind, title?: string): Section {
  const name = title ?? node.title
  const made: Section = {
    kind,
    ...(logistics === undefined ? {} : {logistics}),
    ...(node.number === undefined ? {} : {number: node.number}),
    title: name,
    heading: node.fromHeading === true,
    anchor: anchorFor(assembly.slugger, name, assembly.sections.length),
    // The text before the first heading starts where its first block does.
    line: node.role === 'root' ? (node.nodes.find((block) => !isSilent(block))?.position?.start.line ?? node.line) : node.line,
    depth,
    nodes: node.nodes,
    parent,
    children: []
  }
  assembly.sections.push(made)
  return made
}

/** Turns drafts into sections in document order: topics nest, everything else is flat logistics. */
export function assemble(node: Draft, parent: Section | undefined, depth: number, assembly: Assembly): Section[] {
  const topics: Section[] = []
  const shown = node.nodes.filter((block) => !isSilent(block))
  if (node.role === 'topic') {
    const made = section(node, 'topic', parent, depth, assembly)
    for (const child of node.children) made.children.push(...assemble(child, made, depth + 1, assembly))
    return [made]
  }
  if (node.role === 'gone') return []
  if (node.role === 'logistics' || node.role === 'agenda') {
    section(node, 'logistics', parent, depth, assembly, node.logistics ?? 'agenda')
  } else if (shown.length > 0) {
    // The text before the first topic, or the blocks of a heading that only groups topics.
    const kind: LogisticsKind = node.role === 'container' ? 'heading' : 'preamble'
    section(node, 'logistics', parent, depth, assembly, kind, node.role === 'container' ? node.title : 'Preamble')
  } else if (node.role === 'container') {
    // An empty grouping heading still shows on the page, as the secretary wrote it.
    section(node, 'logistics', parent, depth, assembly, 'heading')
  }
  const childDepth = node.role === 'root' || node.role === 'title' || node.role === 'container' ? depth : depth + 1
  for (const child of node.children) topics.push(...assemble(child, parent, childDepth, assembly))
  return topics
}
