import type {Point} from 'unist'
import {splitFrontMatter} from '../text/front-matter-split.js'

/** Line and column of a character offset in `text` (both 1-based). */
function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n'), offset}
}

/** Where the front matter key `key` is written (`date:` at the start of a line); line 1 when it is not. */
export function frontMatterKeyPoint(text: string, key: string): Point {
  const end = splitFrontMatter(text)?.end ?? 0
  const pattern = new RegExp(`^${key}[ \\t]*:`, 'm')
  const match = pattern.exec(text.slice(0, end))
  return match ? pointAt(text, match.index) : {line: 1, column: 1}
}


/**
 * First place `needle` occurs (case-insensitively) in lines `from` to `to` (inclusive) of `text`,
 * or undefined. Used to point at a name inside the agenda item that mentions it.
 */
export function findInLines(text: string, needle: string, from: number, to: number): Point | undefined {
  const lines = text.split('\n')
  const wanted = needle.toLowerCase()
  for (let line = Math.max(1, from); line <= Math.min(to, lines.length); line++) {
    const index = lines[line - 1]!.toLowerCase().indexOf(wanted)
    if (index >= 0) return {line, column: index + 1}
  }
  return undefined
}
