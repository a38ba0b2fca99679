import type {Mention, SpeakerMention} from './mention.js'

/**
 * Replaces "He" / "She" with the latest earlier speaker of the same item whose honorific does not contradict
 * the pronoun; a pronoun with no antecedent is dropped, so a pronoun never creates a person.
 */
export function bindPronouns(mentions: readonly Mention[]): SpeakerMention[] {
  const bound: SpeakerMention[] = []
  for (const mention of mentions) {
    if (mention.kind !== 'pronoun') {
      bound.push(mention)
      continue
    }
    for (let index = bound.length - 1; index >= 0; index--) {
      const candidate = bound[index]!
      if (candidate.kind === 'named' && candidate.gender !== undefined && candidate.gender !== mention.gender) continue
      bound.push(candidate)
      break
    }
  }
  return bound
}
