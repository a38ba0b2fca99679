import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {fileText} from './file-text.js'

/** Opening and closing markers of a private block; spaces and case inside the comment do not matter. */
const marker = /<!--\s*(\/?)\s*private\s*-->/gi

/** A half-open range of source offsets that must never be published. */
export interface PrivateRange {
  start: number
  end: number
}

/**
 * Finds private ranges in the source text. An unclosed block runs to the end of the file
 * (fail closed) and is reported; a stray closing marker is reported and ignored.
 */
export function findPrivateRanges(text: string, file?: VFile): PrivateRange[] {
  const ranges: PrivateRange[] = []
  let open: number | undefined
  for (const match of text.matchAll(marker)) {
    const closing = match[1] === '/'
    const index = match.index
    if (!closing && open === undefined) open = index
    else if (closing && open !== undefined) {
      ranges.push({start: open, end: index + match[0].length})
      open = undefined
    } else if (closing) {
      file?.message('Unexpected closing `<!-- /private -->`, expected an opening `<!-- private -->` before it', {
        place: place(text, index),
        ruleId: 'private-block-stray',
        source: 'minutebook'
      })
    }
  }
  if (open !== undefined) {
    ranges.push({start: open, end: text.length})
    const message = file?.message(
      'Unexpected unclosed private block, expected `<!-- /private -->`; everything after it is withheld',
      {place: place(text, open), ruleId: 'private-block-unclosed', source: 'minutebook'}
    )
    if (message) message.fatal = true
  }
  return ranges
}

function place(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n')}
}

function overlap(node: Nodes, ranges: PrivateRange[]): 'none' | 'inside' | 'partial' {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return 'none'
  // Ranges are sorted and disjoint: the first one ending after `start` is the only one that can hold
  // the node, and the node overlaps some range exactly when it overlaps that one. A binary search keeps
  // a meeting with thousands of private blocks linear instead of nodes times blocks.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ranges[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  const range = ranges[low]
  if (range === undefined || range.start >= end) return 'none'
  return start >= range.start && end <= range.end ? 'inside' : 'partial'
}

function prune(parent: Nodes, ranges: PrivateRange[]): void {
  if (!('children' in parent)) return
  const kept: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    const where = overlap(child, ranges)
    if (where === 'inside') continue
    // A leaf that straddles a marker cannot be split safely: withhold it whole.
    if (where === 'partial' && !('children' in child)) continue
    if (where === 'partial') prune(child, ranges)
    kept.push(child)
  }
  ;(parent as {children: Nodes[]}).children = kept
}

/**
 * Cuts every node inside `<!-- private -->` ... `<!-- /private -->` from the tree, before
 * any extractor reads it. Ranges come from the source text, so markers split across
 * paragraphs or lists still close the block.
 */
export function removePrivateBlocks(tree: Root, file: VFile): void {
  const ranges = findPrivateRanges(fileText(file), file)
  if (ranges.length > 0) prune(tree, ranges)
}
