/** A word or punctuation mark of a paragraph, with its offsets in the paragraph text. */
export interface Token {
  text: string
  start: number
  end: number
}

// Brackets, commas, semicolons, colons and dashes stand alone; everything else splits on white space.
// A plain character-class alternation: no nested quantifiers, so matching stays linear.
const tokenPattern = /[(),;:–—]|[^\s(),;:–—]+/gu

/** Splits a paragraph into tokens; offsets let callers slice the original wording back out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    tokens.push({text: match[0], start: match.index, end: match.index + match[0].length})
  }
  return tokens
}

// Abbreviations whose full stop does not end a sentence ("Mr. Yim Po", "H.E. Dr. Sok").
const abbreviations = new Set([
  'mr.', 'ms.', 'mrs.', 'mx.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'rev.', 'hon.', 'mme.', 'messrs.', 'ven.',
  'no.', 'vs.', 'e.g.', 'i.e.', 'cf.', 'approx.', 'dept.', 'gen.', 'lt.', 'col.', 'capt.'
])
const closers = new Set(['"', "'", '”', '’', ')', ']'])
const initials = /^(?:\p{Lu}\.)+$/u

/** `text` without the trailing characters in `set`; a loop, not a regex, so a long run of them stays linear. */
export function trimTrailing(text: string, set: ReadonlySet<string>): string {
  let end = text.length
  while (end > 0 && set.has(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** True when a token closes a sentence: `.`, `!`, `?` or `;`, except after honorifics, initials and abbreviations. */
export function endsSentence(token: Token): boolean {
  if (token.text === ';') return true
  const bare = trimTrailing(token.text, closers)
  const last = bare[bare.length - 1]
  if (last === '!' || last === '?') return true
  if (last !== '.') return false
  return !abbreviations.has(bare.toLowerCase()) && (bare.length > 12 || !initials.test(bare))
}

/** Splits tokens into sentences, as [start, end) index ranges; the closing token stays in its sentence. */
export function sentenceRanges(tokens: Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  tokens.forEach((token, index) => {
    if (!endsSentence(token)) return
    ranges.push([start, index + 1])
    start = index + 1
  })
  if (start < tokens.length) ranges.push([start, tokens.length])
  return ranges
}
