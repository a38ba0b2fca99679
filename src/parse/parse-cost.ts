import type {Point} from 'unist'
import {containerMarker, type LimitProblem} from './limits.js'

/** The bounds {@link checkParseCost} holds a meeting to. */
export interface ParseCostLimits {
  /** Most cost units (see {@link scanParseCost}). */
  cost: number
  /** Most quadratic cost: the sum over paragraphs of the square of their markers, plus code runs times length. */
  paragraphs: number
  /** Most link reference definitions. */
  definitions: number
}

/**
 * The bounds of every meeting. micromark keeps every token of a document until it ends, so the cost bound is what
 * holds the memory of one parse (the measured figures are in SECURITY.md); a realistic meeting at the size cap stays
 * under it. micromark resolves emphasis, brackets and lazy lines by walking back over the whole paragraph for each
 * of them, so their quadratic cost is bounded too (a paragraph of some thousands of markers; ordinary paragraphs
 * hold fewer than a hundred). Each link reference definition is compared with every link label: at most 500.
 */
export const parseCostLimits: ParseCostLimits = {cost: 50_000, paragraphs: 50_000_000, definitions: 500}

// What makes micromark and the extractors build tokens and nodes, weighted by the memory each takes (measured: see
// SECURITY.md): a plain line is one unit; a list item or quote marker two more, and each two columns of indentation
// before text (a nested list's prefix) one more; a heading (an agenda item) two more; a definition three more; a table
// cell one and a half; a link or footnote call (`](`, `][`, `[^`) two; a link found in plain text (an address, `www.`,
// `http`) and a character reference (`&`) one; any other inline marker a half.
const weights = {line: 1, container: 2, indent: 1, heading: 2, definition: 3, cell: 1.5, link: 2, bareLink: 1, reference: 1, marker: 1 / 2, lazy: 1.5}

// Lines that surely end the paragraph before them (micromark never reads them as its continuation): blank (or only
// block quote markers), a bullet or a `1.` item with text, an ATX heading. Anything else may continue a paragraph,
// lazily, so it is counted with it: counting too much is safe, too little would let a quadratic paragraph through.
const quoteOnly = /^[ \t>]*$/
const itemMarker = /^(?:[-+*]|1[.)])$/
const headingStart = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/
const definitionStart = /^[ \t]{0,3}\[(?:\\.|[^\\\]])+\]:/
const indented = /^[ \t]{2}/
// Inline markers: each run of `*`, `_`, `~` or backticks, and each `[`, `]`, `!`, `<`, `\`; then character references and
// what starts a link, counted on their own.
const markerCharacters = new Set(['[', ']', '!', '<', '\\'])
const runCharacters = new Set(['*', '_', '~', '`'])
const nestedItem = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/

/** What one line holds. */
interface LineCounts {
  markers: number
  references: number
  links: number
  bareLinks: number
  cells: number
  codeRuns: number
}

function countLine(text: string): LineCounts {
  const counts: LineCounts = {markers: 0, references: 0, links: 0, bareLinks: 0, cells: 0, codeRuns: 0}
  let previous = ''
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (runCharacters.has(character)) {
      if (character !== previous) {
        counts.markers++
        if (character === '`') counts.codeRuns++
      }
    } else if (markerCharacters.has(character)) {
      counts.markers++
      if (character === ']' && (text[index + 1] === '(' || text[index + 1] === '[')) counts.links++
      else if (character === '[' && text[index + 1] === '^') counts.links++
    } else if (character === '&') counts.references++
    else if (character === '|') counts.cells++
    else if (character === '@' || (character === 'w' && text.startsWith('www.', index)) || (character === 'h' && text.startsWith('http', index))) {
      counts.bareLinks++
    }
    previous = character
  }
  return counts
}

/** The paragraph being counted. */
interface Paragraph {
  start: Point
  lines: number
  markers: number
  lazy: number
  codeRuns: number
  length: number
  /** Block quote markers on its first line, and whether that line is in a list item: what a lazy line lacks. */
  quotes: number
  inItem: boolean
}

/** What {@link scanParseCost} found: the first bound crossed (if any) and the totals up to there. */
export interface ParseCostScan {
  problem: LimitProblem | undefined
  cost: number
  paragraphs: number
  definitions: number
}

function paragraphCost(paragraph: Paragraph): number {
  const markers = paragraph.lines + paragraph.markers + weights.lazy * paragraph.lazy
  // A code span's opening run is matched by searching the rest of the paragraph for a run of the same length.
  return markers * markers + paragraph.codeRuns * paragraph.length
}

/**
 * Estimates, in one linear pass over the lines, what parsing `text` will cost: cost units (lines, list items and
 * quotes, headings, definitions, table cells, links and inline markers), the quadratic cost of its paragraphs, and
 * its link reference definitions; stops at the first of `limits` crossed, with a problem placed there.
 */
export function scanParseCost(text: string, limits: ParseCostLimits = parseCostLimits): ParseCostScan {
  const scan: ParseCostScan = {problem: undefined, cost: 0, paragraphs: 0, definitions: 0}
  let paragraph: Paragraph | undefined
  /** The problem of a paragraph that takes the quadratic cost past its bound, checked as each line is added. */
  const tooComplex = (current: Paragraph): LimitProblem | undefined => {
    if (scan.paragraphs + paragraphCost(current) <= limits.paragraphs) return undefined
    const lazy = current.lazy > 0 ? `, ${current.lazy} of them lazy continuation lines` : ''
    return {
      reason:
        `Unexpected paragraph too complex to parse (${plural(current.lines, 'line')}${lazy}, ` +
        `${plural(current.markers, 'emphasis, link, code or HTML marker')}), ` +
        'expected fewer in one paragraph and in the meeting; split it with blank lines, or split the meeting',
      place: current.start,
      ruleId: 'too-complex'
    }
  }
  const close = () => {
    if (paragraph) scan.paragraphs += paragraphCost(paragraph)
    paragraph = undefined
  }
  let lineStart = 0
  for (let line = 1; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const content = text.slice(lineStart, lineEnd)
    lineStart = lineEnd + 1
    let containers = 0
    let quotes = 0
    let item = false
    let offset = 0
    containerMarker.lastIndex = 0
    for (let match = containerMarker.exec(content); match !== null && match[0] !== ''; match = containerMarker.exec(content)) {
      const marker = match[0].trim()
      containers++
      if (marker === '>') quotes++
      else if (itemMarker.test(marker)) item = true
      offset = containerMarker.lastIndex
    }
    const rest = content.slice(offset)
    const blank = quoteOnly.test(content)
    const heading = headingStart.test(rest)
    const definition = definitionStart.test(rest)
    if (definition && ++scan.definitions > limits.definitions) {
      scan.problem = {
        reason: `Unexpected link reference definition number ${scan.definitions}, expected at most ${limits.definitions} in one meeting`,
        place: {line, column: offset + 1},
        ruleId: 'too-complex'
      }
      return scan
    }
    const counts = countLine(rest)
    // A list item with text always starts a block of its own; an empty one (`-` alone) may continue a paragraph.
    if (blank || (item && rest.trim() !== '') || heading) close()
    if (!blank) {
      if (paragraph === undefined) {
        paragraph = {start: {line, column: 1}, lines: 0, markers: 0, lazy: 0, codeRuns: 0, length: 0, quotes, inItem: containers > quotes || indented.test(rest)}
      } else if (containers === 0 && (quotes < paragraph.quotes || (paragraph.inItem && !indented.test(rest)))) {
        paragraph.lazy++
      }
      paragraph.lines++
      paragraph.markers += counts.markers + counts.references + counts.bareLinks
      paragraph.codeRuns += counts.codeRuns
      paragraph.length += content.length + 1
      scan.problem = tooComplex(paragraph)
      if (scan.problem) return scan
      if (heading) close()
    }
    // Text indented past the markers read above: a list nested deeper than they reach, or a list item's continuation.
    const indentation = rest.length - rest.trimStart().length
    const nested = nestedItem.test(rest.trimStart()) && indentation > 0
    scan.cost +=
      weights.line +
      weights.container * (containers + (nested ? 1 : 0)) +
      weights.indent * Math.floor(indentation / 2) +
      (heading ? weights.heading : 0) +
      (definition ? weights.definition : 0) +
      weights.cell * counts.cells +
      weights.link * counts.links +
      weights.bareLink * counts.bareLinks +
      weights.reference * counts.references +
      weights.marker * counts.markers
    if (scan.cost > limits.cost) {
      scan.problem = {
        reason:
          `Unexpected meeting too complex to parse (more than ${limits.cost} cost units by line ${line}, counting lines, list items, ` +
          'quotes, headings, table cells, links and inline markers), expected less; split it into several meetings',
        place: {line, column: 1},
        ruleId: 'too-complex'
      }
      return scan
    }
  }
  close()
  return scan
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * Refuses a meeting whose parse would cost too much time or memory though it is under the size cap (see
 * {@link scanParseCost} and {@link parseCostLimits}), before micromark sees it.
 */
export function checkParseCost(text: string): LimitProblem | undefined {
  return scanParseCost(text).problem
}
