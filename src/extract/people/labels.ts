import type {CueSet} from '../../text/languages/index.js'
import type {NamedMention} from './mention.js'
import type {PhraseContext} from './phrase-context.js'
import {parseNamed} from './phrase.js'
import {endsSentence} from './tokens.js'

// A label is short: "Dara Sok (Director General, Ministry of Justice):" fits, a sentence with a colon does not.
const maxLabelTokens = 16

/**
 * How sure a label is a person: `known` (someone of the roll call, the registry, or a handle or abbreviation
 * of one), `name` (a personal name of two words or more), `word` (one word that may be a first name or a
 * nick, a speaker only when the minutes use it as a label again).
 */
export type LabelTrust = 'known' | 'name' | 'word'

/** A speaker label that opens a paragraph, with the token after it. */
export interface FoundLabel {
  mention: NamedMention
  next: number
  trust: LabelTrust
  /** The label's words, to count how often a one-word label is used. */
  key: string
}

const separators = new Set([':', '：', '--', '—', '–'])
const ircNick = /^<([^<>\s]{1,32})>$/u

function word(context: PhraseContext, text: string, next: number, trust: LabelTrust): FoundLabel {
  const person = context.people.resolve(text)
  const mention: NamedMention = {kind: 'named', name: person?.name ?? text, ...(person ? {person} : {}), phrase: text}
  return {mention, next, trust: person ? 'known' : trust, key: text.toLowerCase()}
}

/**
 * The speaker a paragraph opens with: `Name:`, `**Name:**`, `**Name**:`, `Name (Org):`, `Name : ` (French
 * spacing), `nick -- text`, IRC `<nick> text`. Field labels ("Note:", "Recording:", "Sitzungsbeginn:") never are.
 */
export function findLabel(context: PhraseContext, cues: CueSet): FoundLabel | undefined {
  const {tokens} = context
  const first = tokens[0]
  if (!first) return undefined
  const irc = ircNick.exec(first.text)
  if (irc && tokens.length > 1) return word(context, irc[1]!, 1, 'word')
  let colon = -1
  for (let index = 0; index < Math.min(tokens.length, maxLabelTokens + 1); index++) {
    if (separators.has(tokens[index]!.text)) {
      colon = index
      break
    }
    if (endsSentence(tokens[index]!)) return undefined
  }
  // A label with nothing after it heads what follows; it is not a turn of speech.
  if (colon < 1 || colon === tokens.length - 1) return undefined
  // A dash only separates a speaker from speech after a single name ("cwebber -- intro"), not in "Budget – review".
  if (tokens[colon]!.text !== ':' && tokens[colon]!.text !== '：' && colon > 3) return undefined
  const labelText = context.text.slice(first.start, tokens[colon - 1]!.end).replace(/\*+/g, '').trim()
  // Field names ("Note:", "Recording:") and roles ("Presenter: Dana Ellison") label what follows, not a speaker.
  if (labelText === '' || cues.isFieldLabel(labelText) || cues.kindOf(labelText) !== undefined) return undefined
  if (cues.isRole(labelText) && !context.people.resolve(labelText)) return undefined
  if (colon === 1) {
    const text = tokens[0]!.text.replace(/^\*+|\*+$/g, '')
    if (!/^[\p{L}@][\p{L}\p{N}_.'’-]*$/u.test(text)) return undefined
    const handle = text.replace(/^@/, '')
    return word(context, handle, colon + 1, 'word')
  }
  const mention = parseNamed(context, 0, colon)
  if (!mention) {
    // "Bob C:", "Dan M:" and the like: a given name the roll call knows, and an initial.
    const person = context.people.resolve(labelText)
    return person ? {mention: {kind: 'named', name: person.name, person, phrase: labelText}, next: colon + 1, trust: 'known', key: labelText.toLowerCase()} : undefined
  }
  const known = mention.person ?? context.people.resolve(mention.name)
  const words = mention.name.split(/\s+/u).length
  if (!known && words < 2) return undefined
  return {
    mention: known && !mention.person ? {...mention, person: known} : mention,
    next: colon + 1,
    trust: known ? 'known' : 'name',
    key: mention.name.toLowerCase()
  }
}
