import type {CueSet} from '../../text/languages/index.js'
import type {NamedMention} from './mention.js'
import type {PhraseContext} from './phrase-context.js'
import {parseNamed} from './phrase.js'
import {endsSentence} from './tokens.js'

// A label is short: "Dara Sok (Director General, Ministry of Justice):" fits, a sentence with a colon does not.
const maxLabelTokens = 16
// A dash separates a speaker from speech only right after a short name ("cwebber -- intro", "David E. - should ...").
const maxDashLabelTokens = 3

/**
 * How sure a label is a person: `known` (someone of the roll call, the registry, or a handle or abbreviation
 * of one), `name` (a personal name of two words or more the meeting does not know), `word` (one word that may
 * be a first name or a nick); `tag` is a name the text puts where only a presenter goes ("(Dan M) ...").
 */
export type LabelTrust = 'known' | 'tag' | 'name' | 'word'

/** A speaker label that opens a paragraph, with the token after it. */
export interface FoundLabel {
  mention: NamedMention
  next: number
  trust: LabelTrust
  /** The label's words, to count how often a label is used. */
  key: string
}

const colons = new Set([':', '：'])
const dashes = new Set(['--', '—', '–', '-'])
const ircNick = /^<([^<>\s]{1,32})>$/u
// "Neil (01:02 pm)" alone on the first line: a chat log's turn.
const chatTurn = /^([^\n():]{1,48}?)\s*\((\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)\)\s*(?:\n|$)/iu
// "[Luke] Maybe we could ...": a speaker in brackets at the start.
const bracketed = /^\s*\[([^[\]\n]{1,40})\]\s+\S/u
const stopwordSets = new Map<CueSet, Set<string>>()
const askedBy = /^(?:question|questions|comment|comments|answer|remark|point|suggestion|input|frage|fragen|kommentar|anmerkung|commentaire|remarque|pregunta|comentario)\s+(?:from|by|von|de|par|por)\s+(.{1,40})$/iu

function stopwords(cues: CueSet): Set<string> {
  let set = stopwordSets.get(cues)
  if (!set) {
    set = new Set(cues.languages.flatMap((language) => language.stopwords))
    stopwordSets.set(cues, set)
  }
  return set
}

function named(context: PhraseContext, text: string, next: number, trust: LabelTrust): FoundLabel {
  const person = context.people.resolve(text)
  const mention: NamedMention = {kind: 'named', name: person?.name ?? text, ...(person ? {person} : {}), phrase: text}
  // Case counts: "DE:" twice does not vouch for "De:".
  return {mention, next, trust: person ? 'known' : trust, key: text}
}

/** What follows a label when it is not speech: a URL ("https://"), a bare number or tally ("Adam Parsons: 20"). */
function isNotSpeech(rest: string): boolean {
  return /^\/\//u.test(rest) || /^[\s\d.,:/%()+-]*$/u.test(rest)
}

/** A label of one word: a first name, a nick, an abbreviation ("Priya", "cwebber", "JT"), never a small word. */
function oneWord(context: PhraseContext, cues: CueSet, raw: string, next: number): FoundLabel | undefined {
  const text = raw.replace(/^\*+|\*+$/g, '').replace(/^@/, '')
  if (!/^\p{L}[\p{L}\p{N}_.'’-]*$/u.test(text)) return undefined
  const found = named(context, text, next, 'word')
  // "IS:" may be Ingrid Solberg's initials; an unknown "is:" or "to:" is a small word, never a speaker.
  return found.trust === 'known' || !stopwords(cues).has(text.toLowerCase()) ? found : undefined
}

/**
 * The speaker a paragraph opens with: `Name:`, `**Name:**`, `**Name**:`, `Name (Org):`, `Name : ` (French
 * spacing), `nick -- text`, `David E. - text`, IRC `<nick> text`, `[Name] text`, and a chat log's
 * `Name (01:02 pm)` line. Field labels ("Note:", "Recording:", "Sitzungsbeginn:") and roles never are.
 */
export function findLabel(context: PhraseContext, cues: CueSet, leadsList = false, boldLength = 0): FoundLabel | undefined {
  const {tokens, text} = context
  const first = tokens[0]
  if (!first) return undefined
  const irc = ircNick.exec(first.text)
  if (irc && tokens.length > 1) return oneWord(context, cues, irc[1]!, 1)
  const turn = chatTurn.exec(text)
  if (turn) {
    const name = turn[1]!.trim()
    const next = tokens.findIndex((token) => token.start >= turn[0].length)
    const after = next === -1 ? tokens.length : next
    const person = context.people.resolve(name)
    // A chat log's turn is a speaker by its form; only a small word or a field name is refused.
    if (person) return {mention: {kind: 'named', name: person.name, person, phrase: name}, next: after, trust: 'known', key: name.toLowerCase()}
    if (!name.includes(' ')) {
      const found = oneWord(context, cues, name, after)
      if (found) return {...found, trust: 'name'}
    } else if (!cues.isFieldLabel(name)) return {mention: {kind: 'named', name, phrase: name}, next: after, trust: 'name', key: name.toLowerCase()}
  }
  const bracket = bracketed.exec(text)
  if (bracket) {
    const person = context.people.resolve(bracket[1]!.trim())
    if (person) {
      const next = tokens.findIndex((token) => token.text === ']' || token.text.endsWith(']')) + 1
      return {mention: {kind: 'named', name: person.name, person, phrase: bracket[1]!.trim()}, next, trust: 'known', key: bracket[1]!.trim().toLowerCase()}
    }
  }
  let separator = -1
  for (let index = 0; index < Math.min(tokens.length, maxLabelTokens + 1); index++) {
    const token = tokens[index]!.text
    if (colons.has(token) || (index <= maxDashLabelTokens && dashes.has(token))) {
      separator = index
      break
    }
    if (endsSentence(tokens[index]!)) return undefined
  }
  // A label with nothing after it heads what follows, unless what follows is its speaker's points ("- Abhishek:" over a list).
  if (separator < 1 || (separator === tokens.length - 1 && !leadsList)) return undefined
  const rest = text.slice(tokens[separator]!.end).trim()
  if (rest !== '' && isNotSpeech(rest)) return undefined
  const dash = !colons.has(tokens[separator]!.text)
  const labelText = text.slice(first.start, tokens[separator - 1]!.end).replace(/\*+/g, '').trim()
  // "Question from Neil:", "Comment by Aeva:": the one who asks speaks, when the meeting knows them.
  const from = askedBy.exec(labelText)
  if (from) {
    const person = context.people.resolve(from[1]!)
    return person ? {mention: {kind: 'named', name: person.name, person, phrase: from[1]!}, next: separator + 1, trust: 'known', key: from[1]!.toLowerCase()} : undefined
  }
  if (labelText === '' || cues.isFieldLabel(labelText) || cues.kindOf(labelText) !== undefined) return undefined
  // Roles label what follows ("Presenter: Dana Ellison"), they do not speak.
  if (cues.isRole(labelText) && !context.people.resolve(labelText)) return undefined
  const found = separator === 1 ? oneWord(context, cues, tokens[0]!.text, separator + 1) : byName(context, cues, labelText, separator + 1, separator)
  // "Name - text" with a single dash is as often a task ("John Murdock - Disable the list") as speech: only people the meeting knows.
  if (found && tokens[separator]!.text === '-' && found.trust !== 'known') return undefined
  if (found && dash && tokens[separator]!.text !== '--' && found.trust === 'word') return undefined
  // "**Chea Vannak (MoI):**": a full name set in bold before a colon is the house style for a speaker.
  if (found?.trust === 'name' && boldLength > 0 && tokens[separator - 1]!.end <= boldLength + 1) return {...found, trust: 'tag'}
  return found
}

/** A label of several words: a name the meeting knows ("Bob C", "David E."), or a personal name read from its words. */
function byName(context: PhraseContext, cues: CueSet, labelText: string, next: number, end?: number): FoundLabel | undefined {
  // The phrase first: "Chea Vannak (MoI)" keeps the organisation the label gives.
  const mention = end === undefined ? undefined : parseNamed(context, 0, end)
  if (mention) {
    const known = mention.person ?? context.people.resolve(mention.name)
    if (known || (mention.name.split(/\s+/u).length >= 2 && !cues.isFieldLabel(mention.name))) {
      return {
        mention: known && !mention.person ? {...mention, person: known} : mention,
        next,
        trust: known ? 'known' : 'name',
        key: mention.name
      }
    }
  }
  const person = context.people.resolve(labelText)
  return person ? {mention: {kind: 'named', name: person.name, person, phrase: labelText}, next, trust: 'known', key: labelText} : undefined
}
