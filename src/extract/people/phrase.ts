import {matchHonorific, type Gender} from '../../text/honorifics.js'
import type {KnownPerson} from './known-people.js'
import type {Mention, NamedMention, SpeakerMention, UnnamedMention} from './mention.js'
import {isNameWord, isParticle} from './name-words.js'
import {isClearOrganization, parseOrganization} from './organization-phrase.js'
import {lowerAt, sliceTokens, trimCommas, type PhraseContext} from './phrase-context.js'
import {isChairTitle, isRole, trailingRoleStart} from './roles.js'
import {nameKey} from '../../text/names.js'

interface Tail {
  role?: string
  organization?: string
}

const maxNameWords = 6
const articles = new Set(['a', 'an', 'one', 'the'])
const representativeNouns = new Set(['representative', 'delegate', 'participant', 'member', 'official', 'spokesperson'])
const linkWords = new Set(['from', 'of', 'at'])
const roleLinks = new Set(['of', 'at', 'from', 'for', 'with', 'in'])
const relatives = new Set(['who', 'whose', 'whom'])
const pronouns: Record<string, Gender> = {he: 'm', she: 'f'}

function withTail(tail: Tail): Tail {
  return {
    ...(tail.role === undefined || tail.role === '' ? {} : {role: tail.role}),
    ...(tail.organization === undefined || tail.organization === '' ? {} : {organization: tail.organization})
  }
}

/** What a bracket says: "(Org)", "(Role)" or "(Role, Org)"; explicit, so taken as written. */
function parseBracket(context: PhraseContext, start: number, end: number): Tail | undefined {
  if (end <= start) return undefined
  for (let index = start; index < end; index++) {
    if (context.tokens[index]!.text !== ',') continue
    return withTail({role: sliceTokens(context, start, index), organization: sliceTokens(context, index + 1, end)})
  }
  if (isRole(context.tokens, start, end)) return {role: sliceTokens(context, start, end)}
  const organization = parseOrganization(context, start, end) ?? sliceTokens(context, start, end)
  return {organization}
}

/** An apposition after a name: "Project Advisor of UNIAP-Cambodia", "UNIAP Regional Program Manager", "CCPCR". */
function parseAppositive(context: PhraseContext, start: number, stop: number): Tail | undefined {
  const end = trimCommas(context, start, stop)
  if (end <= start) return undefined
  const {tokens} = context
  for (let index = start + 1; index < end; index++) {
    if (!roleLinks.has(tokens[index]!.text)) continue
    if (!isRole(tokens, start, index)) break
    const organization = parseOrganization(context, index + 1, end)
    if (organization !== undefined) return {role: sliceTokens(context, start, index), organization}
    break
  }
  const roleStart = trailingRoleStart(tokens, start, end)
  if (roleStart === start) return {role: sliceTokens(context, start, end)}
  if (roleStart > start) {
    const organization = parseOrganization(context, start, roleStart)
    if (organization !== undefined) return {role: sliceTokens(context, roleStart, end), organization}
  }
  for (let index = start + 1; index < end - 1; index++) {
    if (tokens[index]!.text !== ',') continue
    if (isRole(tokens, start, index)) {
      const organization = parseOrganization(context, index + 1, end)
      if (organization !== undefined) return {role: sliceTokens(context, start, index), organization}
    }
    if (isRole(tokens, index + 1, end)) {
      const organization = parseOrganization(context, start, index)
      if (organization !== undefined) return {role: sliceTokens(context, index + 1, end), organization}
    }
    break
  }
  const organization = parseOrganization(context, start, end)
  if (organization !== undefined && isClearOrganization(context, organization)) return {organization}
  return undefined
}

/** What follows a name: nothing, "(Org)", "from X" / "of X" / "at X", or ", apposition". */
function parseTail(context: PhraseContext, start: number, end: number): Tail | undefined {
  if (start === end) return {}
  const text = context.tokens[start]!.text
  if (text === '(') {
    if (context.tokens[end - 1]!.text !== ')') return undefined
    return parseBracket(context, start + 1, end - 1)
  }
  if (linkWords.has(text)) {
    const organization = parseOrganization(context, start + 1, end)
    return organization === undefined ? undefined : {organization}
  }
  if (text === ',') {
    if (relatives.has(lowerAt(context, start + 1))) return {}
    return parseAppositive(context, start + 1, end)
  }
  return undefined
}

/** A named person: [honorifics] name [tail]; the name known literally (any script) or guessed from capitals. */
export function parseNamed(context: PhraseContext, start: number, end: number): NamedMention | undefined {
  const {tokens, people} = context
  let index = start
  let gender: Gender | undefined
  let honorific = false
  for (let found = matchHonorific(tokens, index, end); found; found = matchHonorific(tokens, index, end)) {
    index += found.length
    honorific = true
    gender ??= found.gender
  }
  // A writing with its honorific ("Mr. Yim Po" as an alias) is tried before the bare name.
  const withHonorific = index > start ? people.matchAt(tokens, start, end) : undefined
  const literal = withHonorific ?? people.matchAt(tokens, index, end)
  let nameEnd: number
  if (literal) {
    nameEnd = (withHonorific ? start : index) + literal.length
    if (nameEnd <= index) return undefined
  } else {
    let words = 0
    nameEnd = index
    while (nameEnd < end && words < maxNameWords) {
      const text = tokens[nameEnd]!.text
      if (isNameWord(text)) words++
      else if (!(words > 0 && isParticle(text) && isNameWord(tokens[nameEnd + 1]?.text ?? ''))) break
      nameEnd++
    }
    if (words === 0) return undefined
    // One word names someone only when the meeting knows whom: a surname, a given name, a handle of one person.
    if (words === 1 && !honorific && !people.hasSurname(tokens[index]!.text) && !people.resolve(tokens[index]!.text)) return undefined
    // Where nouns are capitalised like names (German), a name the meeting does not know is not guessed from capitals.
    if (!context.guessNames && !honorific && !people.resolve(sliceTokens(context, index, nameEnd))) return undefined
  }
  const name = sliceTokens(context, index, nameEnd)
  if (!literal && context.organizations.has(nameKey(name))) return undefined
  const tail = parseTail(context, nameEnd, end)
  if (!tail) return undefined
  return {
    kind: 'named',
    name,
    ...(literal ? {person: literal.person} : {}),
    ...(tail.role === undefined ? {} : {role: tail.role}),
    ...(tail.organization === undefined ? {} : {organization: context.canonicalOrganization(tail.organization)}),
    ...(gender === undefined ? {} : {gender}),
    phrase: sliceTokens(context, start, end)
  }
}

/** "A representative from NYEMO", "A NYEMO representative": a speaker the minutes do not name. */
function parseUnnamed(context: PhraseContext, start: number, end: number): UnnamedMention | undefined {
  let index = start
  if (articles.has(lowerAt(context, index))) index++
  let noun = index
  while (noun < end && noun - index <= 4 && !representativeNouns.has(lowerAt(context, noun))) noun++
  if (noun >= end || !representativeNouns.has(lowerAt(context, noun))) return undefined
  let organization: string | undefined
  if (noun === index && linkWords.has(lowerAt(context, noun + 1))) organization = parseOrganization(context, noun + 2, end)
  else if (noun > index && noun === end - 1) organization = parseOrganization(context, index, noun)
  if (organization === undefined) return undefined
  const word = lowerAt(context, noun)
  return {
    kind: 'unnamed',
    title: word.charAt(0).toUpperCase() + word.slice(1),
    organization: context.canonicalOrganization(organization),
    phrase: sliceTokens(context, start, end)
  }
}

/** The one attendee whose role is `title` ("The Clerk" -> the attendee with role Clerk), if exactly one. */
function holderOf(context: PhraseContext, title: string): KnownPerson | undefined {
  const key = nameKey(title)
  const holders = context.attendees.filter((person) => person.role !== undefined && nameKey(person.role) === key)
  return holders.length === 1 ? holders[0] : undefined
}

/** "The Chair, Bettina Maas", "The Director of CCPCR, Mr Yim Po", or a bare "The Chair" (the front-matter chair). */
function parseTitled(context: PhraseContext, start: number, end: number): NamedMention | undefined {
  const {tokens} = context
  const article = lowerAt(context, start) === 'the'
  const from = article ? start + 1 : start
  for (let comma = from + 1; comma < end; comma++) {
    if (tokens[comma]!.text !== ',') continue
    let roleEnd = comma
    let organization: string | undefined
    for (let index = from + 1; index < comma; index++) {
      if (!roleLinks.has(tokens[index]!.text)) continue
      organization = parseOrganization(context, index + 1, comma)
      roleEnd = index
      break
    }
    if (!isRole(tokens, from, roleEnd) || (roleEnd !== comma && organization === undefined)) return undefined
    const named = parseNamed(context, comma + 1, end)
    if (!named) return undefined
    const role = named.role ?? sliceTokens(context, from, roleEnd)
    const organizationOf = named.organization ?? (organization === undefined ? undefined : context.canonicalOrganization(organization))
    return {
      ...named,
      role,
      ...(organizationOf === undefined ? {} : {organization: organizationOf}),
      phrase: sliceTokens(context, start, end)
    }
  }
  const title = sliceTokens(context, from, end)
  if (!article || !isRole(tokens, from, end)) return undefined
  const person = isChairTitle(title) ? context.chair : holderOf(context, title)
  if (!person) return undefined
  return {kind: 'named', name: person.name, person, role: title, phrase: sliceTokens(context, start, end)}
}

/** One speaker phrase covering exactly tokens [start, end). */
export function parseOne(context: PhraseContext, start: number, stop: number): SpeakerMention | undefined {
  const end = trimCommas(context, start, stop)
  if (end <= start) return undefined
  return parseUnnamed(context, start, end) ?? parseTitled(context, start, end) ?? parseNamed(context, start, end)
}

function parseCoordinated(
  context: PhraseContext,
  start: number,
  end: number,
  memo: Map<number, SpeakerMention[] | undefined>
): SpeakerMention[] | undefined {
  if (memo.has(start)) return memo.get(start)
  memo.set(start, undefined)
  let result: SpeakerMention[] | undefined
  const whole = parseOne(context, start, end)
  if (whole) result = [whole]
  for (let index = start + 1; !result && index < end - 1; index++) {
    const text = context.tokens[index]!.text
    const isAnd = text === 'and' || text === '&'
    // A bare comma joins speakers only inside a list that ends with "and": "A, B and C said".
    if (!isAnd && !(text === ',' && context.tokens[index + 1]?.text !== 'and')) continue
    const left = parseOne(context, start, index)
    if (!left) continue
    const right = parseCoordinated(context, index + 1, end, memo)
    if (right && (isAnd || right.length >= 2)) result = [left, ...right]
  }
  memo.set(start, result)
  return result
}

/**
 * Reads tokens [start, end) as the subject of a speech verb: one speaker phrase, several joined by "and",
 * or "He" / "She". Undefined when the words are not (only) people, so "The delegation" is never a speaker.
 */
export function parseSubject(context: PhraseContext, start: number, stop: number): Mention[] | undefined {
  const end = trimCommas(context, start, stop)
  if (end <= start) return undefined
  if (end - start === 1) {
    const gender = pronouns[lowerAt(context, start)]
    if (gender) return [{kind: 'pronoun', gender}]
  }
  return parseCoordinated(context, start, end, new Map())
}
