import {isUtf8} from 'node:buffer'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {checkCharacters, checkNesting, checkSize, checkTreeDepth, type LimitProblem} from './limits.js'
import {checkParseCost} from './parse-cost.js'

/** A unified parser: document text and its file in, a Markdown tree out. */
export type MarkdownParser = (document: string, file: VFile) => Root

function refuse(file: VFile, problem: LimitProblem): Root {
  const message = file.message(problem.reason, {place: problem.place, ruleId: problem.ruleId, source: 'minutebook'})
  message.fatal = true
  return {type: 'root', children: []}
}

/**
 * Wraps a parser so a meeting too large, too deeply nested, too costly to parse (see `checkParseCost`) or holding
 * characters that are not text is refused with a fatal message on its file (and an empty tree) instead of being
 * parsed: such input would take minutes and gigabytes or overflow the stack of every recursive walk after it. Size,
 * characters, nesting and cost are checked on the text first, in linear time; the tree's depth after parsing (lists
 * nested by indentation show only there).
 */
export function guardParser(parse: MarkdownParser): MarkdownParser {
  return function guardedParse(document, file) {
    // Bytes that are not UTF-8 are reported, with their place, by the front matter reader; parsing the
    // replacement characters they decode to would only add noise (UTF-16 text is full of NULs).
    if (file.value instanceof Uint8Array && !isUtf8(file.value)) return {type: 'root', children: []}
    const before = checkSize(document) ?? checkCharacters(document) ?? checkNesting(document) ?? checkParseCost(document)
    if (before) return refuse(file, before)
    const tree = parse(document, file)
    const after = checkTreeDepth(tree)
    return after ? refuse(file, after) : tree
  }
}
