import GithubSlugger from 'github-slugger'
import type {List, RootContent} from 'mdast'
import type {LogisticsKind} from '../../model/meeting.js'
import type {AttendanceKind, CueKind, CueSet} from '../../text/languages/index.js'
import type {AttendanceBlock, Section} from '../context.js'
import {headingText, isSilent, meetingBlocks, paragraphLabel} from './blocks.js'
import {boldEntries, enumeratedEntries, listEntries, topicEntries, type Entry} from './entries.js'
import {anchorFor, splitNumber} from './numbering.js'
import {isRoster} from './roster.js'
import {announces, repeats, sameWords, titleWords} from './title-words.js'

/** What a heading (or a label, or a list entry) turned out to be while the outline is worked out. */
type Role = 'root' | 'title' | 'topic' | 'logistics' | 'container' | 'agenda' | 'gone'

interface Draft {
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

/** What the outline of a meeting gives: its sections in document order and the roll calls found on the way. */
export interface Outline {
  sections: Section[]
  attendance: AttendanceBlock[]
}

const attendanceKinds = new Set<CueKind>(['present', 'apologies', 'absent', 'guests', 'chair', 'scribe'])
const logisticsOf: Partial<Record<CueKind, LogisticsKind>> = {
  agenda: 'agenda',
  links: 'links',
  recording: 'recording',
  schedule: 'schedule',
  'next-meeting': 'next-meeting',
  other: 'other'
}

function draft(role: Role, title: string, line: number, depth: number, parent: Draft | undefined, number?: string): Draft {
  return {role, title, line, depth, nodes: [], children: [], parent, ...(number === undefined ? {} : {number})}
}

/** Headings and the blocks under them, as a tree under a root that holds the text before the first heading. */
function headingTree(blocks: readonly RootContent[]): Draft {
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

const dateLike = /\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}/u

/** True when the first heading names the document: nothing before it, and a title's words, a date, or the meeting's own title. */
function isDocumentTitle(root: Draft, first: Draft, cues: CueSet, meetingTitle: string): boolean {
  // A link to the same minutes in another language may stand above the title ("[English](...)").
  if (root.nodes.some((node) => !isSilent(node) && !onlyLinks([node])) || first.number !== undefined) return false
  if (cues.kindOf(first.title) !== undefined) return false
  const text = first.title
  const sameDepth = root.children.filter((child) => child.depth === first.depth).length
  const deeper = root.children.length > 1 || first.children.length > 0
  if (first.depth === 1 && sameDepth === 1 && deeper) return true
  const titled = cues.hasTitleWord(text) || dateLike.test(text)
  const own = titleWords(meetingTitle).join(' ')
  if ((first.depth === 1 || titled) && own !== '' && titleWords(text).join(' ') === own) return true
  return titled && (first.depth === 1 || first.children.length > 0)
}

function attendanceKind(kind: CueKind | undefined): AttendanceKind | undefined {
  return kind !== undefined && attendanceKinds.has(kind) ? (kind as AttendanceKind) : undefined
}

/** True when a section holds nothing but links: "GitHub Issue", "Working Document", "[English]". */
function onlyLinks(nodes: readonly RootContent[]): boolean {
  const shown = nodes.filter((node) => !isSilent(node))
  if (shown.length === 0) return false
  return shown.every((node) => {
    const inline = node.type === 'paragraph' ? [node] : node.type === 'list' ? node.children.flatMap((item) => item.children) : []
    if (inline.length === 0 || inline.length !== (node.type === 'list' ? node.children.length : 1)) return false
    return inline.every((block) => block.type === 'paragraph' && block.children.every((child) => child.type === 'link' || (child.type === 'text' && child.value.trim() === '')))
  })
}

/** Sets the role of every heading from its words, its place and its content. */
function classify(node: Draft, cues: CueSet, inAttendance: AttendanceKind | undefined): void {
  const kind = node.role === 'root' || node.role === 'title' ? undefined : cues.kindOf(node.title)
  let attendance = inAttendance
  if (node.role === 'topic') {
    const own = attendanceKind(kind)
    if (node.number !== undefined) {
      // A numbered heading is an item of the meeting's own agenda, whatever it is called ("Item 1: Apologies"): it stays a topic.
      attendance = undefined
    } else if (own !== undefined || (inAttendance !== undefined && kind === undefined)) {
      node.role = 'logistics'
      node.logistics = 'attendance'
      const listed = (own ?? inAttendance)!
      attendance = listed
      node.attendance = listed
    } else if (kind === 'agenda') {
      node.role = 'agenda'
      attendance = undefined
    } else if (kind === 'container') {
      node.role = node.children.length > 0 ? 'container' : 'topic'
      attendance = undefined
    } else if (kind !== undefined && logisticsOf[kind] !== undefined) {
      node.role = 'logistics'
      node.logistics = logisticsOf[kind]!
      attendance = undefined
    } else if (node.children.length === 0 && onlyLinks(node.nodes)) {
      node.role = 'logistics'
      node.logistics = 'links'
    } else attendance = undefined
  }
  // Sub-headings of a roll call are its groups ("### Committee", "### Guests") only when the roll call lists no one
  // itself; after a list of names, a deeper heading starts the minutes again.
  const groups = node.logistics === 'attendance' && node.nodes.every((block) => isSilent(block)) ? attendance : undefined
  for (const child of node.children) {
    if (node.role === 'logistics' && node.logistics !== 'attendance') {
      const childKind = cues.kindOf(child.title)
      if (childKind === undefined) {
        child.role = 'logistics'
        child.logistics = node.logistics!
      }
    }
    classify(child, cues, groups)
  }
}

/**
 * Splits the blocks of the text before the first topic (and of headings that only group topics) into the
 * labelled parts they hold: "Attendance (please add yourself)" and its list, "Agenda:" and its list,
 * "**Chair:** ...", a list of people right under the title. Those become sections of their own.
 */
function splitLabels(node: Draft, cues: CueSet): void {
  const parts: Draft[] = []
  const kept: RootContent[] = []
  let current: Draft | undefined
  const depth = node.depth + 1
  for (const block of node.nodes) {
    if (block.type === 'paragraph') {
      const label = paragraphLabel(block, true)
      const kind = label ? cues.kindOf(label.label) : undefined
      const attendance = attendanceKind(kind)
      const logistics = kind === undefined ? undefined : logisticsOf[kind]
      if (label && (attendance !== undefined || logistics !== undefined)) {
        current = draft(attendance !== undefined ? 'logistics' : logistics === 'agenda' ? 'agenda' : 'logistics', label.label, block.position?.start.line ?? node.line, depth, node)
        if (attendance !== undefined) {
          current.logistics = 'attendance'
          current.attendance = attendance
        } else current.logistics = logistics!
        current.nodes.push(block)
        parts.push(current)
        continue
      }
      current = undefined
      kept.push(block)
      continue
    }
    if (current && block.type !== 'heading') {
      current.nodes.push(block)
      continue
    }
    if (block.type === 'list' && (isAttendanceList(block, cues) || isRoster(block))) {
      const roster = draft('logistics', 'Attendance', block.position?.start.line ?? node.line, depth, node)
      roster.logistics = 'attendance'
      roster.attendance = 'present'
      roster.nodes.push(block)
      parts.push(roster)
      continue
    }
    kept.push(block)
  }
  if (parts.length === 0) return
  node.nodes = kept
  node.children = [...parts, ...node.children]
}

/** A list whose entries are roll-call labels: `- **Chair:** ...`, `- Scribe: ...`, `- Present:` with names below. */
function isAttendanceList(list: List, cues: CueSet): boolean {
  return list.children.some((item) => {
    const first = item.children[0]
    if (first?.type !== 'paragraph') return false
    const label = paragraphLabel(first, false)
    return label !== undefined && attendanceKind(cues.kindOf(label.label)) !== undefined
  })
}

function walk(node: Draft, visit: (node: Draft) => void): void {
  visit(node)
  for (const child of [...node.children]) walk(child, visit)
}

/** Every topic of the tree, in document order. */
function topicsOf(root: Draft): Draft[] {
  const found: Draft[] = []
  walk(root, (node) => {
    if (node.role === 'topic') found.push(node)
  })
  return found
}

function isInside(node: Draft, ancestor: Draft): boolean {
  for (let current: Draft | undefined = node; current; current = current.parent) if (current === ancestor) return true
  return false
}

function entryDraft(entry: Entry, parent: Draft, depth: number): Draft {
  const topic = draft('topic', entry.title, entry.line, depth, parent, entry.number)
  topic.nodes = entry.nodes
  topic.announced = true
  return topic
}

/**
 * An agenda is announced (logistics) when the topics it lists come again as headings; otherwise its entries
 * are the topics. An agenda heading with sub-headings groups the topics under it.
 */
function resolveAgenda(root: Draft, agenda: Draft): void {
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
function mergeRepeats(root: Draft): void {
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
function topicsWithoutHeadings(root: Draft): void {
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

interface Assembly {
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
function assemble(node: Draft, parent: Section | undefined, depth: number, assembly: Assembly): Section[] {
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

function attendanceBlocks(root: Draft, cues: CueSet): AttendanceBlock[] {
  const blocks: AttendanceBlock[] = []
  walk(root, (node) => {
    if (node.role === 'logistics' && node.logistics === 'attendance' && node.attendance !== undefined) {
      blocks.push({kind: node.attendance, nodes: node.nodes, line: node.line})
      return
    }
    if (node.role === 'topic') {
      // "Item 1: Apologies for absence" is a topic, and its list still names who sent apologies.
      const own = attendanceKind(cues.kindOf(node.title))
      if (own !== undefined) blocks.push({kind: own, nodes: node.nodes, line: node.line})
      // "Participants" and the list after it, inside a topic.
      node.nodes.forEach((block, index) => {
        if (block.type !== 'paragraph') return
        const label = paragraphLabel(block, true)
        const kind = label ? attendanceKind(cues.kindOf(label.label)) : undefined
        if (!label || kind === undefined) return
        const following: RootContent[] = [block]
        for (const next of node.nodes.slice(index + 1)) {
          if (next.type === 'paragraph' || next.type === 'heading') break
          following.push(next)
        }
        blocks.push({kind, nodes: following, line: block.position?.start.line ?? node.line})
      })
    }
  })
  return blocks
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

