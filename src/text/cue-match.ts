/**
 * Matching a heading or label against cue phrases from the language files: whole words, case and accents
 * ignored, the cue at the start of the text and followed by nothing, a separator (`:`, `(`, `-`), a number or a
 * date. So "Attendance (please add yourself)" and "Venue: 314.217" are cues; "Agenda and Notes" is not `agenda`.
 */

/** A token of a normalised heading: a word (letters and digits) or one separator character. */
export type CueToken = {word: string} | {separator: string}

/** A compiled cue: its words (`*` for up to four words) and whether any words may follow it. */
export interface Cue {
  words: readonly string[]
  open: boolean
  /** The cue as the language file writes it. */
  text: string
}

const separators = new Set([':', '：', '(', '[', '-', '–', '—', ',', '/', '|', '=', '>'])

/** Lowercase without accents: "Présents" and "presents" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
}

/** Splits a text into cue tokens; symbols and emoji that are neither words nor separators are dropped. */
export function cueTokens(text: string): CueToken[] {
  const tokens: CueToken[] = []
  for (const match of fold(text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[:：(\[\-–—,/|=>]/gu)) {
    const value = match[0]
    if (separators.has(value)) tokens.push({separator: value})
    else tokens.push({word: value})
  }
  return tokens
}

/** Compiles a cue phrase from a language file. */
export function compileCue(text: string): Cue {
  const open = /\s*…$/.test(text)
  const words = cueTokens(text.replace(/\s*…$/, '').replace(/\*/g, ' zzstarzz ')).flatMap((token) =>
    'word' in token ? [token.word === 'zzstarzz' ? '*' : token.word] : []
  )
  return {words, open, text}
}

function isNumeric(token: CueToken | undefined): boolean {
  return token !== undefined && 'word' in token && /^\p{N}/u.test(token.word)
}

/** Number of tokens the cue covers at the start of `tokens`, or -1 when it does not match there. */
function matchFrom(cue: Cue, tokens: readonly CueToken[], at: number, cueIndex: number): number {
  if (cueIndex === cue.words.length) return at
  const word = cue.words[cueIndex]!
  if (word === '*') {
    for (let skip = 0; skip <= 4; skip++) {
      if (skip > 0 && !(at + skip - 1 < tokens.length && 'word' in tokens[at + skip - 1]!)) break
      const end = matchFrom(cue, tokens, at + skip, cueIndex + 1)
      if (end !== -1) return end
    }
    return -1
  }
  const token = tokens[at]
  if (!token || !('word' in token) || token.word !== word) return -1
  return matchFrom(cue, tokens, at + 1, cueIndex + 1)
}

/**
 * Number of words of the cue when it opens `tokens` and ends where the heading ends, before a separator, a
 * number or (for an open cue) anything; 0 when it does not match.
 */
export function cueLength(cue: Cue, tokens: readonly CueToken[]): number {
  if (cue.words.length === 0) return 0
  const end = matchFrom(cue, tokens, 0, 0)
  if (end === -1) return 0
  const next = tokens[end]
  const fits = next === undefined || cue.open || 'separator' in next || isNumeric(next)
  return fits ? cue.words.length : 0
}
