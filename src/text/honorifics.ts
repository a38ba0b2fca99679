import {languages} from './languages/index.js'

/** A word of text as the name readers see it. */
export interface WordToken {
  text: string
}

/** Grammatical gender an honorific implies, used only to pick the antecedent of "he" / "she". */
export type Gender = 'f' | 'm'

interface Honorific {
  words: string[]
  gender?: Gender
}

// Every language's titles at once: a German "Frau" in English minutes is still a title. Longest first, so
// "Lok Chumteav" wins over "Lok".
const table: readonly Honorific[] = languages
  .flatMap((language) => language.honorifics)
  .map((entry) => ({words: entry.words.split(/\s+/u), ...(entry.gender === undefined ? {} : {gender: entry.gender})}))
  .sort((a, b) => b.words.length - a.words.length)
const firstWords = new Set(table.map((entry) => entry.words[0]!))
const singleWords = new Set(table.filter((entry) => entry.words.length === 1).map((entry) => entry.words[0]!))

/** The honorific at `tokens[index]` (case-sensitive, as titles are written), or undefined. */
export function matchHonorific(tokens: readonly WordToken[], index: number, end: number): {length: number; gender?: Gender} | undefined {
  // Most tokens are not the first word of any honorific: answer them without walking the table.
  if (!firstWords.has(tokens[index]?.text ?? '')) return undefined
  for (const entry of table) {
    if (index + entry.words.length > end) continue
    if (entry.words.every((word, offset) => tokens[index + offset]?.text === word)) {
      return entry.gender === undefined ? {length: entry.words.length} : {length: entry.words.length, gender: entry.gender}
    }
  }
  return undefined
}

/** True when a single word is an honorific on its own ("Mr", "Ms.", "Dr", "Frau"). */
export function isHonorificWord(word: string): boolean {
  return singleWords.has(word)
}
