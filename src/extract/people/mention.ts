import type {Gender} from '../../text/honorifics.js'
import type {KnownPerson} from './known-people.js'

/** A named person found as a speaker: the name as written (honorifics dropped) and what the phrase says of them. */
export interface NamedMention {
  kind: 'named'
  name: string
  /** The known person the text named literally (attendee, alias, registry entry, chair). */
  person?: KnownPerson
  role?: string
  organization?: string
  gender?: Gender
  /** The words that named the speaker, kept for matching registry organisations. */
  phrase: string
}

/** A speaker the minutes do not name: "A representative from NYEMO". */
export interface UnnamedMention {
  kind: 'unnamed'
  /** "Representative", "Delegate" ... */
  title: string
  organization: string
  phrase: string
}

/** "He" or "She" as the subject of a speech verb: the same person as an earlier speaker, never a new one. */
export interface PronounMention {
  kind: 'pronoun'
  gender: Gender
}

/** Anything the subject of a speech verb or a label can be. */
export type Mention = NamedMention | UnnamedMention | PronounMention

/** A speaker found in an item, after pronouns are bound to their antecedents. */
export type SpeakerMention = NamedMention | UnnamedMention
