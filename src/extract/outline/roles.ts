import type {List, RootContent} from 'mdast'
import type {LogisticsKind} from '../../model/meeting.js'
import type {AttendanceKind, CueKind, CueSet} from '../../text/languages/index.js'
import {isSilent, paragraphLabel} from './blocks.js'
import {isRoster} from './roster.js'
import {titleWords} from './title-words.js'
import {type Draft, draft} from './draft.js'

const attendanceKinds = new Set<CueKind>(['present', 'apologies', 'absent', 'guests', 'chair', 'scribe'])
const logisticsOf: Partial<Record<CueKind, LogisticsKind>> = {
  agenda: 'agenda',
  links: 'links',
  recording: 'recording',
  schedule: 'schedule',
  'next-meeting': 'next-meeting',
  other: 'other'
}

const dateLike = /\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}/u

/** True when the first heading names the document: nothing before it, and a title's words, a date, or the meeting's own title. */
export function isDocumentTitle(root: Draft, first: Draft, cues: CueSet, meetingTitle: string): boolean {
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

/** The roll-call kind a cue names (present, apologies, chair...), or undefined for any other cue. */
export function attendanceKind(kind: CueKind | undefined): AttendanceKind | undefined {
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
export function classify(node: Draft, cues: CueSet, inAttendance: AttendanceKind | undefined): void {
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
export function splitLabels(node: Draft, cues: CueSet): void {
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
