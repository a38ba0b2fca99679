import type {Language} from './languages/language.js'
import {compilePhrases, phraseAlternatives} from './phrases.js'

/** What the decision, motion and action cues share, compiled once for a set of languages. */
export interface SharedCues {
  /** Every language's entries of one word list. */
  all: <T>(pick: (language: Language) => readonly T[]) => T[]
  /** Prose that looks like a decision and is not ("carried forward", "wird später entschieden"). */
  falseFriends: RegExp | undefined
  /** A decision marker word that opens a line without its colon ("RESOLVED MOTION PASSES"). */
  markerWord: RegExp
  /** True for a sentence that asks or supposes ("If ...", "... ?"): it neither decides nor sets a task. */
  asksOrSupposes(sentence: string): boolean
}

const hypothetical = /^\s*(?:if|unless|whether|once|should|wenn|falls|ob|si|au cas où|sinon)\b/iu
const question = /\?["'”’)\]]*$/u

/** Compiles what the cue groups share for some languages. */
export function createSharedCues(languages: readonly Language[]): SharedCues {
  const all = <T>(pick: (language: Language) => readonly T[]): T[] => languages.flatMap(pick)
  return {
    all,
    falseFriends: compilePhrases(all((language) => language.decisions.notDecisions)),
    markerWord: new RegExp(`^(?:${phraseAlternatives(all((language) => language.decisions.markers))})\\s+(?=\\S)`, 'iu'),
    asksOrSupposes: (sentence) => question.test(sentence) || hypothetical.test(sentence)
  }
}
