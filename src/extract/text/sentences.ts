/** One sentence of a text and where it starts in that text. */
export interface Sentence {
  text: string
  offset: number
}

/**
 * Sentence ends: Latin stops followed by a space or the end, or stops of scripts that need no space
 * (Khmer khan `។`, CJK `。`). Closing quotes and brackets stay with their sentence.
 * A hand-written scan, not `Intl.Segmenter`: V8's segment iterator is quadratic in the number of
 * sentences of one string (a long paragraph stalls the parse), and minutes must parse in linear time.
 */
const terminator = /[.!?…]+["'”’)\]]*(?=\s|$)|[។៕。！？]+["'”’)\]]*/gu
/** Whitespace after a stop, then the first character of what follows. */
const nextCharacter = /\s*(\S?)/uy
/** Abbreviations that end in a full stop without ending a sentence ("Mr. Yim Po", "H.E. Ms ..."). */
const abbreviation = /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|prof|rev|hon|capt|lt|sgt|vs|e\.g|i\.e|cf|approx|h\.e)\.$/i
/** A single capital initial ("K. Fleming"); kept apart because `i` would make `\p{Lu}` match any letter. */
const initial = /(?:^|[\s(])\p{Lu}\.$/u

/** Abbreviations that only continue the sentence before a number ("see p. 4", "Art. 12"). */
const numberAbbreviation = /(?:^|[\s(])(?:p|pp|no|nos|para|paras|art|arts|sec|vol|fig|ch|cl)\.$/i

/** The first character after the whitespace that follows a stop; empty at the end of the text. */
function nextAfter(text: string, end: number): string {
  nextCharacter.lastIndex = end
  return nextCharacter.exec(text)?.[1] ?? ''
}

/** True when a character cannot start a sentence: a lower-case letter ("e.g. today"). */
function continues(next: string): boolean {
  return next !== '' && next === next.toLowerCase() && next !== next.toUpperCase()
}

/** Splits text into sentences, keeping honorifics, initials and lower-case continuations inside. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  for (const match of text.matchAll(terminator)) {
    const end = match.index + match[0].length
    const next = nextAfter(text, end)
    if (continues(next)) continue
    if (match[0] === '.') {
      // Only the dozen characters before the stop matter, so the test stays cheap on long sentences.
      const tail = text.slice(Math.max(start, match.index - 11), end)
      if (abbreviation.test(tail) || initial.test(tail)) continue
      if (/^\p{N}$/u.test(next) && numberAbbreviation.test(tail)) continue
    }
    sentences.push({text: text.slice(start, end), offset: start})
    start = end
  }
  if (start < text.length) sentences.push({text: text.slice(start), offset: start})
  return sentences
}
