import type {Nodes} from 'mdast'

/** Text of a node with a way back to source lines: `lineAt(offset)` gives the 1-based line of a character. */
export interface LocatedText {
  text: string
  lineAt(offset: number): number
}

interface Anchor {
  offset: number
  line: number
}

/** Collapses runs of whitespace (soft breaks included) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Plain text of phrasing content as a reader sees it: emphasis and links unwrapped, images by their alt,
 * hard breaks as newlines, raw HTML and footnote calls left out (the HTML renderer drops raw HTML too).
 */
export function locatedText(node: Nodes): LocatedText {
  const parts: string[] = []
  const anchors: Anchor[] = []
  let length = 0
  const push = (value: string, line: number | undefined): void => {
    if (value === '') return
    if (line !== undefined) anchors.push({offset: length, line})
    parts.push(value)
    length += value.length
  }
  // An explicit stack, not recursion: emphasis and links can nest deeper than the call stack allows.
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const line = current.position?.start.line
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        push(current.value, line)
        break
      case 'break':
        push('\n', line)
        break
      case 'image':
      case 'imageReference':
        push(current.alt ?? '', line)
        break
      case 'html':
      case 'footnoteReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        break
      default:
        if ('children' in current) {
          for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
        } else if ('value' in current && typeof current.value === 'string') push(current.value, line)
    }
  }
  const text = parts.join('')
  let newlines: number[] | undefined
  return {
    text,
    lineAt(offset: number): number {
      const found = anchors[lastAtOrBefore(anchors, offset, (anchor) => anchor.offset)]
      if (!found) return node.position?.start.line ?? 1
      // Newline offsets are listed once, so each lookup is two binary searches, not a scan of the text.
      newlines ??= newlineOffsets(text)
      const before = (limit: number): number => lastAtOrBefore(newlines!, limit - 1, (value) => value) + 1
      return found.line + before(offset) - before(found.offset)
    }
  }
}

function newlineOffsets(text: string): number[] {
  const offsets: number[] = []
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) offsets.push(index)
  return offsets
}

/** Index of the last entry whose key is at or before `limit` in a list sorted by key; -1 when none is. */
function lastAtOrBefore<T>(list: readonly T[], limit: number, key: (entry: T) => number): number {
  let low = 0
  let high = list.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (key(list[middle]!) <= limit) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** Plain text of any node, whitespace normalised. */
export function plainText(node: Nodes): string {
  return normalizeSpace(locatedText(node).text)
}
