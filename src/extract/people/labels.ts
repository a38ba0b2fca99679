import type {NamedMention} from './mention.js'
import type {PhraseContext} from './phrase-context.js'
import {parseNamed} from './phrase.js'
import {endsSentence} from './tokens.js'

// A label is short: "Dara Sok (Director General, Ministry of Justice):" fits, a sentence with a colon does not.
const maxLabelTokens = 16

/**
 * The speaker a paragraph opens with: `**Name:**`, `**Name (Org):**`, `**Name (Role, Org):**`, or a plain
 * `Name:` / `ABBR:` that is a known person (attendee, alias, registry). Returns the token after the colon.
 */
export function findLabel(context: PhraseContext, boldLength: number): {mention: NamedMention; next: number} | undefined {
  const {tokens} = context
  let colon = -1
  for (let index = 0; index < Math.min(tokens.length, maxLabelTokens + 1); index++) {
    if (tokens[index]!.text === ':') {
      colon = index
      break
    }
    if (endsSentence(tokens[index]!)) return undefined
  }
  if (colon < 1) return undefined
  const mention = parseNamed(context, 0, colon)
  if (!mention) return undefined
  const colonToken = tokens[colon]!
  const bold = boldLength > 0 && tokens[colon - 1]!.end <= boldLength && colonToken.start <= boldLength
  const known = mention.person ?? context.people.resolve(mention.name)
  if (!bold && !known) return undefined
  return {mention: known && !mention.person ? {...mention, person: known} : mention, next: colon + 1}
}
