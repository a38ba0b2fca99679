import {languages} from './languages/index.js'

// Enough words to tell a language, few enough that a long meeting costs nothing extra.
const sampleWords = 3000

const stopwordSets = languages.map((language) => ({code: language.code, words: new Set(language.stopwords)}))

/**
 * The language of a text among those minutebook has cue words for, by how many of each language's most frequent
 * words it uses; `fallback` when the text is too short or no language stands out.
 */
export function detectLanguage(text: string, fallback: string): string {
  const counts = new Map<string, number>()
  let seen = 0
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++seen > sampleWords) break
    for (const {code, words} of stopwordSets) {
      if (words.has(match[0])) counts.set(code, (counts.get(code) ?? 0) + 1)
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const [first, second] = ranked
  if (!first || first[1] < 5) return fallback
  // A clear lead: a German text quotes English words, and the other way round.
  if (second && first[1] < second[1] * 1.5) return fallback
  return first[0]
}
