import type {Nodes, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describeValue} from '../model/schema-parts.js'
import {fileText} from './file-text.js'
import {findMarkerCandidates, type MarkerCandidate} from './private-markers.js'

/** A half-open range of source offsets that must never be published. */
export interface PrivateRange {
  start: number
  end: number
}

/** Where the parsed tree says each kind of source lies: what makes a marker text a marker. */
interface Regions {
  /** HTML nodes (flow and inline): a marker is a marker only as an HTML comment Markdown reads as one. */
  html: PrivateRange[]
  /** Code blocks and code spans: marker text in them is code, shown as written, never a marker. */
  code: PrivateRange[]
  /** End of the front matter: it is published whole, so a marker in it can withhold nothing. */
  frontMatterEnd: number
}

/**
 * The first of the sorted, disjoint `ranges` that ends after `offset`: the only one that can hold `offset` or overlap a
 * node starting there. A binary search keeps thousands of blocks or code spans from costing nodes times ranges.
 */
function firstEndingAfter(ranges: readonly PrivateRange[], offset: number): PrivateRange | undefined {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ranges[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return ranges[low]
}

/** Whether `offset` lies in one of the sorted, disjoint `ranges`. */
function within(ranges: readonly PrivateRange[], offset: number): boolean {
  const range = firstEndingAfter(ranges, offset)
  return range !== undefined && range.start <= offset
}

/** The HTML, code and front matter regions of a parsed tree, each list in source order. */
function regionsOf(tree: Root): Regions {
  const regions: Regions = {html: [], code: [], frontMatterEnd: 0}
  // Visited in source order; HTML and code nodes hold no others, so each list is sorted and disjoint.
  visit(tree, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'html') regions.html.push({start, end})
    else if (node.type === 'code' || node.type === 'inlineCode') regions.code.push({start, end})
    else if (node.type === 'yaml') regions.frontMatterEnd = end
  })
  return regions
}

/** A problem with a marker: its reason and rule, placed on the marker by the caller. */
interface MarkerProblem {
  reason: string
  ruleId: string
}

const grammar = 'a private marker written exactly `<!-- private -->` or `<!-- /private -->`'

/** A candidate's text as a message shows it: on one line, quoted and shortened as front matter values are. */
function shown(text: string): string {
  return describeValue(text.replace(/\s+/g, ' '))
}

/**
 * What a candidate is, given where the tree puts it: a marker (`open`/`close`), nothing (code shows it as written), or a
 * problem. Only an exact marker that Markdown reads as an HTML comment is a marker; everything else that looks like one
 * stops the build, since a mistyped marker would otherwise publish what it was meant to withhold.
 */
function classify(candidate: MarkerCandidate, regions: Regions | undefined): 'open' | 'close' | 'code' | MarkerProblem {
  if (regions && within(regions.code, candidate.start)) return 'code'
  if (regions && candidate.start < regions.frontMatterEnd) {
    return {
      reason: `Unexpected private marker ${shown(candidate.text)} in front matter, expected markers only in the minutes below it (front matter is published whole)`,
      ruleId: 'private-marker'
    }
  }
  if (candidate.kind === 'lookalike') {
    return {reason: `Unexpected ${shown(candidate.text)}, expected ${grammar}`, ruleId: 'private-marker'}
  }
  if (regions && !within(regions.html, candidate.start)) {
    return {
      reason: `Unexpected ${shown(candidate.text)} that Markdown reads as text (escaped, or inside a link), expected ${grammar} as an HTML comment of its own`,
      ruleId: 'private-marker'
    }
  }
  return candidate.kind
}

/**
 * Finds private ranges in the source text. Markers are read from the text, so a block may span paragraphs and lists;
 * with the parsed `tree`, marker text in code is left alone and text that only looks like a marker (or sits in front
 * matter) is an error. An unclosed block runs to the end of the file (fail closed). Every problem is fatal on `file`.
 */
export function findPrivateRanges(text: string, file?: VFile, tree?: Root): PrivateRange[] {
  const candidates = findMarkerCandidates(text)
  // Most meetings hold nothing like a marker: they cost one scan of the text, not a walk of the tree too.
  if (candidates.length === 0) return []
  const regions = tree ? regionsOf(tree) : undefined
  let place: ReturnType<typeof location> | undefined
  const fail = (offset: number, problem: MarkerProblem) => {
    if (!file) return
    place ??= location(text)
    const message = file.message(problem.reason, {place: place.toPoint(offset), ruleId: problem.ruleId, source: 'minutebook'})
    message.fatal = true
  }
  const ranges: PrivateRange[] = []
  let open: number | undefined
  for (const candidate of candidates) {
    const kind = classify(candidate, regions)
    if (kind === 'code') continue
    if (typeof kind === 'object') {
      fail(candidate.start, kind)
    } else if (kind === 'open' && open === undefined) {
      open = candidate.start
    } else if (kind === 'open') {
      fail(candidate.start, {
        reason: 'Unexpected `<!-- private -->` inside a private block, expected `<!-- /private -->` before the next opening marker (blocks do not nest)',
        ruleId: 'private-block-nested'
      })
    } else if (open !== undefined) {
      ranges.push({start: open, end: candidate.end})
      open = undefined
    } else {
      fail(candidate.start, {
        reason: 'Unexpected closing `<!-- /private -->`, expected an opening `<!-- private -->` before it',
        ruleId: 'private-block-stray'
      })
    }
  }
  if (open !== undefined) {
    ranges.push({start: open, end: text.length})
    fail(open, {
      reason: 'Unexpected unclosed private block, expected `<!-- /private -->`; everything after it is withheld',
      ruleId: 'private-block-unclosed'
    })
  }
  return ranges
}

function overlap(node: Nodes, ranges: PrivateRange[]): 'none' | 'inside' | 'partial' {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return 'none'
  // The node overlaps some range exactly when it overlaps the first one ending after its start.
  const range = firstEndingAfter(ranges, start)
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
  // A meeting the guard refused was not parsed: its empty tree says nothing about where markers are.
  if (tree.children.length === 0 && file.messages.some((message) => message.fatal === true)) return
  const ranges = findPrivateRanges(fileText(file), file, tree)
  if (ranges.length > 0) prune(tree, ranges)
}
