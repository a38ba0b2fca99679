import {matchHonorific} from './honorifics.js'

/**
 * The key two spellings of a name share when they are the same name: Unicode-normalised, case-folded, dots
 * dropped, whitespace collapsed ("Ms. Fleming" and "ms fleming" match). Every comparison of names uses it.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\./g, ' ').replace(/\s+/gu, ' ').trim()
}

/**
 * A name without the titles before it: "Mr. Yim Po" -> "Yim Po", "Cllr Anita Desai" -> "Anita Desai",
 * "Lok Chumteav Sok Dara" -> "Sok Dara". A title alone stays as it is, so nothing becomes empty.
 */
export function stripHonorifics(name: string): string {
  const trimmed = name.trim()
  const words = [...trimmed.matchAll(/\S+/gu)]
  const tokens = words.map((match) => ({text: match[0]}))
  let index = 0
  for (;;) {
    const found = matchHonorific(tokens, index, tokens.length)
    if (!found || index + found.length >= tokens.length) break
    index += found.length
  }
  // Sliced, not re-joined: the name keeps its own spacing.
  return index === 0 ? trimmed : trimmed.slice(words[index]!.index)
}
