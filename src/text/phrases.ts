/**
 * Phrase lists from the language files compiled to one regular expression each: whole words, any case,
 * `*` standing for up to five words. Alternations of literals, so matching stays linear on long text.
 */

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The pattern of one phrase: its words with any white space between them, `*` for up to five words. */
function phrasePattern(phrase: string): string {
  let pattern = ''
  for (const word of phrase.trim().split(/\s+/u)) {
    if (word === '*') {
      // Any words, each followed by its white space, so the next word follows directly.
      pattern += (pattern === '' ? '' : '\\s+') + '(?:[\\p{L}\\p{N}\'’-]+\\s+){0,5}?'
      continue
    }
    const literal = escape(word).replace(/['’]/gu, "['’ ]?")
    pattern += pattern === '' || pattern.endsWith('?') ? literal : `\\s+${literal}`
  }
  return pattern
}

/** One expression for a list of phrases, matching any of them as whole words; longer phrases are tried first. */
export function compilePhrases(phrases: readonly string[], flags = 'iu'): RegExp | undefined {
  const alternatives = phraseAlternatives(phrases)
  if (alternatives === '') return undefined
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags)
}

/** The same list as alternatives for building larger patterns (no boundaries, no flags); longer phrases first. */
export function phraseAlternatives(phrases: readonly string[]): string {
  const list = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase !== ''))].sort((a, b) => b.length - a.length)
  return list.map(phrasePattern).join('|')
}
