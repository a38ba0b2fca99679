import {fold} from '../../text/cue-match.js'

/** The words of a title, folded (case and accents ignored), punctuation dropped. */
export function titleWords(title: string): string[] {
  return fold(title).match(/[\p{L}\p{N}]+/gu) ?? []
}

function startsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length > 0 && short.length <= long.length && short.every((word, index) => long[index] === word)
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((word, index) => long[start + index] === word)) return true
  }
  return false
}

/**
 * True when an agenda entry and a heading name the same topic: one contains the other, or they share most
 * words ("#119 Distributed debugging" and "Distributed debugging conversation").
 */
export function announces(entry: string, heading: string): boolean {
  const a = titleWords(entry)
  const b = titleWords(heading)
  if (a.length === 0 || b.length === 0) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  // One word inside a long line is chance ("Minutes" in "Commit meeting minutes to the repo"), not the same topic.
  if (contains(long, short) && (short.length >= 2 || short.length * 2 >= long.length)) return true
  const inB = new Set(b)
  const shared = new Set(a.filter((word) => inB.has(word))).size
  return shared / Math.min(new Set(a).size, new Set(b).size) >= 0.6 && shared >= 2
}

/**
 * True when a later heading repeats a topic announced earlier: the same words, or one title opening the other
 * ("Neulingsbegrüßung" and "Neulingsbegrüßung (19:00 – 19:30 Uhr)", "Datenschutz" and "Datenschutz/Privatsphäre").
 */
export function repeats(earlier: string, later: string): boolean {
  const a = titleWords(earlier)
  const b = titleWords(later)
  if (a.length === 0 || b.length === 0) return false
  return startsWith(a, b) || startsWith(b, a)
}

/** True when two titles have the same words, case, accents and punctuation aside. */
export function sameWords(a: string, b: string): boolean {
  const left = titleWords(a)
  return left.length > 0 && left.join(' ') === titleWords(b).join(' ')
}
