import type {Mention} from './mention.js'
import type {PhraseContext} from './phrase-context.js'
import {parseSubject} from './phrase.js'
import {matchHonorific} from '../../text/honorifics.js'
import {sentenceRanges, trimTrailing, type Token} from './tokens.js'
import {isOpener, isVerbAdverb} from './verbs.js'

// Subjects longer than this are not looked at: it bounds the work per verb, whatever the paragraph's length.
const maxSubjectTokens = 40
const trailingPunctuation = new Set(['.', '!', '?', '…', '"', "'", '”', '’', ')', ']'])
const prepositions = new Set(['by', 'of', 'from', 'to', 'with', 'for', 'and', 'at', 'on', 'about', 'thanked'])
const clauseMarks = new Set([',', ':', '–', '—', '-', '('])

/** Index of the first sorted value that is at least `min` (binary search). */
function firstWithin(sorted: readonly number[], min: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! < min) low = middle + 1
    else high = middle
  }
  return low
}

function startsWithHonorific(tokens: readonly Token[], index: number, end: number): boolean {
  return matchHonorific(tokens, index, end) !== undefined && (index === 0 || matchHonorific(tokens, index - 1, end) === undefined)
}

/**
 * The subject before an aside set off by commas: "John Chodacki and Todd Carpenter, [board members], introduced".
 * Only when the subject itself reads as people; the aside is not read.
 */
function beforeAside(context: PhraseContext, start: number, end: number): Mention[] | undefined {
  if (context.tokens[end - 1]?.text !== ',') return undefined
  for (let comma = start + 1; comma < end - 1; comma++) {
    if (context.tokens[comma]!.text === ',') return parseSubject(context, start, comma)
  }
  return undefined
}

/**
 * Speakers of narrative prose: for every speech verb, the subject right before it (past adverbs like
 * "briefly"), read from the start of its sentence or of a later clause ("After presenting ..., Ms Fleming asked").
 * Passive voice ("was adopted") and mere mentions never reach a speech verb as its subject.
 */
export function proseMentions(context: PhraseContext, from: number): Mention[] {
  const {tokens} = context
  const mentions: Mention[] = []
  for (const [sentenceStart, sentenceEnd] of sentenceRanges(tokens.slice(from))) {
    const start = sentenceStart + from
    const end = sentenceEnd + from
    const clauseStarts = [start]
    for (let index = start; index < end; index++) {
      const text = tokens[index]!.text
      if (clauseMarks.has(text)) clauseStarts.push(index + 1)
      // An honorific mid-clause starts a subject too ("After discussion Cllr Hale proposed"), unless it is the
      // object of a preposition ("the report by Ms Sworn said").
      else if (index > start && !prepositions.has(tokens[index - 1]!.text.toLowerCase()) && startsWithHonorific(tokens, index, end)) {
        clauseStarts.push(index)
      }
      // The verb may close the sentence: "Ms Fleming replied."
      if (text.length > 24) continue
      const bare = trimTrailing(text, trailingPunctuation)
      // Two-word verbs ("a présenté") start one token earlier.
      const twoWords = index > start && context.speechVerbs.has(`${tokens[index - 1]!.text.toLowerCase()} ${bare}`)
      if (!twoWords && !context.speechVerbs.has(bare)) continue
      let subjectEnd = twoWords ? index - 1 : index
      while (subjectEnd > start && isVerbAdverb(tokens[subjectEnd - 1]!.text)) subjectEnd--
      // Clause starts are in order: skip straight to the first one close enough to the verb.
      for (let at = firstWithin(clauseStarts, subjectEnd - maxSubjectTokens); at < clauseStarts.length; at++) {
        const clauseStart = clauseStarts[at]!
        if (clauseStart >= subjectEnd) break
        let subjectStart = clauseStart
        while (subjectStart < subjectEnd && isOpener(tokens[subjectStart]!.text)) subjectStart++
        const found = parseSubject(context, subjectStart, subjectEnd) ?? beforeAside(context, subjectStart, subjectEnd)
        if (found) {
          mentions.push(...found)
          break
        }
      }
    }
  }
  return mentions
}
