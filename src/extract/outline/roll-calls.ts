import type {RootContent} from 'mdast'
import type {CueSet} from '../../text/languages/index.js'
import type {AttendanceBlock} from '../context.js'
import {paragraphLabel} from './blocks.js'
import {type Draft, walk} from './draft.js'
import {attendanceKind} from './roles.js'

/** The roll calls of the outline: attendance sections, topics named like one, and labelled parts inside topics. */
export function attendanceBlocks(root: Draft, cues: CueSet): AttendanceBlock[] {
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
