import type {Token} from './tokens.js'

/** Grammatical gender an honorific implies, used only to pick the antecedent of "he" / "she". */
export type Gender = 'f' | 'm'

interface Honorific {
  words: string[]
  gender?: Gender
}

const table: readonly Honorific[] = [
  {words: ['Mr'], gender: 'm'}, {words: ['Mr.'], gender: 'm'}, {words: ['Sir'], gender: 'm'},
  {words: ['Ms'], gender: 'f'}, {words: ['Ms.'], gender: 'f'}, {words: ['Mrs'], gender: 'f'},
  {words: ['Mrs.'], gender: 'f'}, {words: ['Miss'], gender: 'f'}, {words: ['Mme'], gender: 'f'},
  {words: ['Mme.'], gender: 'f'}, {words: ['Madam'], gender: 'f'}, {words: ['Madame'], gender: 'f'},
  {words: ['Dame'], gender: 'f'}, {words: ['Mx']}, {words: ['Mx.']},
  {words: ['Dr']}, {words: ['Dr.']}, {words: ['Prof']}, {words: ['Prof.']}, {words: ['Professor']},
  {words: ['H.E.']}, {words: ['H.E']}, {words: ['HE']}, {words: ['Excellency']},
  {words: ['His', 'Excellency'], gender: 'm'}, {words: ['Her', 'Excellency'], gender: 'f'},
  {words: ['Lok', 'Chumteav'], gender: 'f'}, {words: ['Lok', 'Chumtiev'], gender: 'f'}, {words: ['Lok'], gender: 'm'},
  {words: ['Neak', 'Oknha']}, {words: ['Oknha']}, {words: ['Samdech']},
  {words: ['Rev']}, {words: ['Rev.']}, {words: ['Reverend']}, {words: ['Ven.']}, {words: ['Venerable']},
  {words: ['Cllr']}, {words: ['Cllr.']}, {words: ['Councillor']}, {words: ['Councilor']},
  {words: ['Hon']}, {words: ['Hon.']}, {words: ['Honourable']}, {words: ['Honorable']},
  {words: ['The', 'Honourable']}, {words: ['The', 'Honorable']}
]

// Longest first, so "Lok Chumteav" wins over "Lok".
const ordered = [...table].sort((a, b) => b.words.length - a.words.length)
const firstWords = new Set(table.map((entry) => entry.words[0]!))

/** The honorific at `tokens[index]` (case-sensitive, as titles are written), or undefined. */
export function matchHonorific(
  tokens: readonly Token[],
  index: number,
  end: number
): {length: number; gender?: Gender} | undefined {
  // Most tokens are not the first word of any honorific: answer them without walking the table.
  if (!firstWords.has(tokens[index]?.text ?? '')) return undefined
  for (const entry of ordered) {
    if (index + entry.words.length > end) continue
    if (entry.words.every((word, offset) => tokens[index + offset]?.text === word)) {
      return entry.gender === undefined ? {length: entry.words.length} : {length: entry.words.length, gender: entry.gender}
    }
  }
  return undefined
}

/** True when a single word is an honorific on its own ("Mr", "Ms.", "Dr"). */
export function isHonorificWord(word: string): boolean {
  return table.some((entry) => entry.words.length === 1 && entry.words[0] === word)
}

/** Drops leading honorifics from a written name: "Mr. Yim Po" -> "Yim Po", "Lok Chumteav Sok Dara" -> "Sok Dara". */
export function stripHonorifics(name: string): string {
  const words = name.trim().split(/\s+/u)
  const tokens = words.map((text) => ({text, start: 0, end: 0}))
  let index = 0
  for (;;) {
    const found = matchHonorific(tokens, index, tokens.length)
    if (!found || index + found.length >= tokens.length) break
    index += found.length
  }
  return words.slice(index).join(' ')
}
