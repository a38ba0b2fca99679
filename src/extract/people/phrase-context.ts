import type {KnownPerson, PeopleIndex} from './known-people.js'
import type {Token} from './tokens.js'

/** What the phrase parsers read: one paragraph's text and tokens, and what the meeting already knows. */
export interface PhraseContext {
  text: string
  tokens: readonly Token[]
  people: PeopleIndex
  /** The chair from front matter, for a bare "The Chair". */
  chair: KnownPerson | undefined
  /** The people of the front matter (attendees and chair), for "The Clerk" when one of them is the Clerk. */
  attendees: readonly KnownPerson[]
  /** Normalised names of known organisations: a guessed name equal to one is not a person ("Chab Dai"). */
  organizations: ReadonlySet<string>
  /** False where nouns are capitalised like names (German): only known names and titled ones are read then. */
  guessNames: boolean
  /** Verbs whose subject speaks, in the meeting's languages ("said", "berichtet", "a présenté"). */
  speechVerbs: ReadonlySet<string>
  /** Maps an organisation as written to the registry's name for it. */
  canonicalOrganization: (text: string) => string
}

/** The original wording of tokens [start, end), white space collapsed. */
export function sliceTokens(context: PhraseContext, start: number, end: number): string {
  const first = context.tokens[start]
  const last = context.tokens[end - 1]
  if (!first || !last || end <= start) return ''
  return context.text.slice(first.start, last.end).replace(/\s+/gu, ' ')
}

/** Lowercased text of the token at `index`, or '' past the end. */
export function lowerAt(context: PhraseContext, index: number): string {
  return context.tokens[index]?.text.toLowerCase() ?? ''
}

/** `end` moved back over trailing commas, so "Mr. Yim Po, Executive Director of CCPCR," ends at "CCPCR". */
export function trimCommas(context: PhraseContext, start: number, end: number): number {
  let index = end
  while (index > start && context.tokens[index - 1]!.text === ',') index--
  return index
}
