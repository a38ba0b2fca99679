import type {Nodes, Root} from 'mdast'
import type {Point} from 'unist'

/**
 * Largest meeting file parsed, in UTF-8 bytes: 512 KiB, 60 times the largest example and some 150 pages. Size alone
 * does not bound the cost of a parse (dense lists take far more memory a line than prose): `checkParseCost` bounds that.
 */
export const maxMeetingBytes = 512 * 1024

/** Deepest nesting accepted for block quotes and lists at one line start, and for emphasis or link brackets in one paragraph. */
const maxNesting = 64

/**
 * Deepest Markdown tree accepted after parsing. Lists nested by indentation pass the line check
 * (one marker per line), and each level is two nodes (list, item): this is 64 such levels with
 * room for paragraphs and inline nodes, far below where the recursive tree walkers overflow the stack.
 */
const maxTreeDepth = 256

/** A problem found by a guard: a fatal message to report instead of parsing. */
export interface LimitProblem {
  reason: string
  place: Point
  ruleId: 'too-large' | 'too-deep' | 'too-complex' | 'encoding'
}

// C0 controls but tab, line feed and carriage return; noncharacters (U+FFFE, U+FDD0...); halves of surrogate pairs.
// None is text an editor writes, and none may appear in XML: one in a title made every feed unreadable.
const notText = /[\0-\x08\x0B\x0C\x0E-\x1F\p{Noncharacter_Code_Point}\p{Cs}]/u

/** What a character that is not text is, for a message: `NUL character (\`U+0000\`)`, `noncharacter (\`U+FFFE\`)`. */
export function describeNotText(character: string): string {
  const code = character.codePointAt(0) ?? 0
  const hex = '`U+' + code.toString(16).toUpperCase().padStart(4, '0') + '`'
  const kind = code === 0 ? 'NUL character' : code < 0x20 ? 'control character' : code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : 'noncharacter'
  return `${kind} (${hex})`
}

/** The first character of `text` that is not text (see {@link checkCharacters}) and its offset, if any. */
export function findNotText(text: string): {character: string; index: number} | undefined {
  const match = notText.exec(text)
  return match ? {character: match[0], index: match.index} : undefined
}

/**
 * Refuses text holding a NUL, another control character (but tab and line ends), a noncharacter or half a
 * surrogate pair: no editor writes one into minutes, so the file is binary or damaged; micromark would quietly turn
 * some into U+FFFD while front matter kept them raw, and the feeds would stop being XML.
 */
export function checkCharacters(text: string): LimitProblem | undefined {
  const found = findNotText(text)
  if (found === undefined) return undefined
  const before = text.slice(0, found.index)
  const line = before.split('\n').length
  return {
    reason: `Unexpected ${describeNotText(found.character)}, expected text; the file looks binary or damaged`,
    place: {line, column: found.index - before.lastIndexOf('\n')},
    ruleId: 'encoding'
  }
}

/** Refuses a meeting above {@link maxMeetingBytes}: parsing time grows with size and nobody writes minutes that long. */
export function checkSize(text: string): LimitProblem | undefined {
  // UTF-8 is at most 3 bytes per UTF-16 unit, so most files skip the exact count.
  if (text.length * 3 <= maxMeetingBytes) return undefined
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes <= maxMeetingBytes) return undefined
  return {
    reason: `Unexpected meeting of ${bytes} bytes, expected at most ${maxMeetingBytes} bytes (512 KiB); split it into several meetings`,
    place: {line: 1, column: 1},
    ruleId: 'too-large'
  }
}

/**
 * A block quote marker, a list marker followed by whitespace or the line end, or a footnote definition label
 * (`[^a]:`, whose content nests like a list item's), then the space after it. Sticky: read from `lastIndex`.
 */
export const containerMarker = /[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]\s]{1,999}\]:)[ \t]?/y

const emphasisMarkers = new Set(['*', '_', '~'])

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/.test(character)
}

interface Opener {
  marker: string
  count: number
  line: number
  column: number
}

/**
 * Walks one line's inline text, tracking open emphasis runs and `[` brackets of the current
 * paragraph. Returns the deepest nesting a closing run or `]` completes (micromark's time and
 * the tree's depth both grow with it) and where the opener beyond the limit sits.
 */
class InlineNesting {
  private emphasis: Opener[] = []
  private emphasisOpen = 0
  private brackets: Opener[] = []
  problem: LimitProblem | undefined

  /** A blank line ends the paragraph: nothing open in it can close later. */
  reset(): void {
    this.emphasis = []
    this.emphasisOpen = 0
    this.brackets = []
  }

  scan(text: string, from: number, to: number, line: number, lineStart: number): void {
    for (let index = from; index < to && this.problem === undefined; index++) {
      const character = text[index]!
      if (character === '\\') {
        index++
      } else if (character === '[') {
        this.brackets.push({marker: '[', count: 1, line, column: index - lineStart + 1})
      } else if (character === ']') {
        if (this.brackets.length > maxNesting) this.report(this.brackets, this.brackets.length, 'link brackets')
        this.brackets.pop()
      } else if (emphasisMarkers.has(character)) {
        let end = index
        while (end + 1 < to && text[end + 1] === character) end++
        const after = end + 1 < to ? text[end + 1] : undefined
        this.run(character, end - index + 1, isSpace(text[index - 1]), isSpace(after), line, index - lineStart + 1)
        index = end
      }
    }
  }

  private run(marker: string, length: number, spaceBefore: boolean, spaceAfter: boolean, line: number, column: number): void {
    const canClose = !spaceBefore && this.emphasis.some((opener) => opener.marker === marker)
    if (canClose) {
      if (this.emphasisOpen > maxNesting) this.report(this.emphasis, this.emphasisOpen, 'emphasis markers')
      let left = length
      while (left > 0 && this.emphasis.length > 0) {
        const top = this.emphasis.at(-1)!
        // Runs opened inside and never closed cannot match across this one: drop them, as micromark does.
        if (top.marker !== marker) {
          this.emphasisOpen -= top.count
          this.emphasis.pop()
          continue
        }
        const used = Math.min(left, top.count)
        top.count -= used
        this.emphasisOpen -= used
        left -= used
        if (top.count === 0) this.emphasis.pop()
      }
    } else if (!spaceAfter) {
      this.emphasis.push({marker, count: length, line, column})
      this.emphasisOpen += length
    }
  }

  private report(openers: Opener[], depth: number, what: string): void {
    // Place it on the opener that goes past the limit.
    let seen = 0
    let place: Point = {line: 1, column: 1}
    for (const opener of openers) {
      if (seen + opener.count > maxNesting) {
        place = {line: opener.line, column: opener.column + Math.max(0, maxNesting - seen)}
        break
      }
      seen += opener.count
    }
    this.problem = {reason: `Unexpected nesting of ${depth} ${what}, expected at most ${maxNesting}`, place, ruleId: 'too-deep'}
  }
}

/**
 * Finds nesting that makes micromark slow (its time grows with the square of the depth) or
 * the tree too deep to walk: more than {@link maxNesting} block quote or list markers at one
 * line start, or emphasis runs or `[` brackets nested deeper than that in one paragraph.
 * One linear pass over the text, before it is parsed.
 */
export function checkNesting(text: string): LimitProblem | undefined {
  const inline = new InlineNesting()
  let lineStart = 0
  for (let line = 1; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const content = text.slice(lineStart, lineEnd)
    let markers = 0
    let offset = 0
    containerMarker.lastIndex = 0
    for (let match = containerMarker.exec(content); match !== null && match[0] !== ''; match = containerMarker.exec(content)) {
      markers++
      offset = containerMarker.lastIndex
      if (markers === maxNesting + 1) {
        const column = match.index + match[0].length - match[0].trimStart().length + 1
        let total = markers
        for (let more = containerMarker.exec(content); more !== null && more[0] !== ''; more = containerMarker.exec(content)) total++
        return {
          reason: `Unexpected nesting of ${total} block quotes, list items and footnote definitions, expected at most ${maxNesting}`,
          place: {line, column},
          ruleId: 'too-deep'
        }
      }
    }
    if (content.slice(offset).trim() === '') inline.reset()
    else inline.scan(text, lineStart + offset, lineEnd, line, lineStart)
    if (inline.problem) return inline.problem
    lineStart = lineEnd + 1
  }
  return undefined
}

/**
 * The first node deeper than {@link maxTreeDepth} in a parsed tree, found without recursion
 * (the walk must not itself overflow the stack on the tree it checks).
 */
export function checkTreeDepth(tree: Root): LimitProblem | undefined {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > maxTreeDepth) {
      return {
        reason: `Unexpected Markdown nested ${depth} levels deep, expected at most ${maxTreeDepth}; indent lists and quotes less`,
        place: node.position?.start ?? {line: 1, column: 1},
        ruleId: 'too-deep'
      }
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1])
  }
  return undefined
}
