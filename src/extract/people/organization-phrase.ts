import {isHonorificWord} from '../../text/honorifics.js'
import {lowerAt, sliceTokens, type PhraseContext} from './phrase-context.js'
import {nameKey} from '../../text/names.js'

// Lowercase words allowed inside an organisation's name ("Ministry of Social Affairs, Veterans and Youth Rehabilitation").
const connectors = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et', 'against', 'with', 'y', '&'])
const maxTokens = 16

function isOrganizationWord(text: string): boolean {
  return /^[\p{Lu}\p{Lo}\p{N}]/u.test(text) && !isHonorificWord(text) && !/['’]s$/u.test(text)
}

/**
 * Reads tokens [start, end) as an organisation name (a leading "the" dropped): capitalised words, acronyms and
 * connectors only, so "UNICEF and John McGeoghan from IOM" is refused. Returns the name as written.
 */
export function parseOrganization(context: PhraseContext, start: number, end: number): string | undefined {
  let from = start
  if (lowerAt(context, from) === 'the') from++
  if (from >= end || end - from > maxTokens) return undefined
  const first = context.tokens[from]!.text
  const last = context.tokens[end - 1]!.text
  if (!isOrganizationWord(first) || last === ',' || connectors.has(last)) return undefined
  for (let index = from; index < end; index++) {
    const text = context.tokens[index]!.text
    if (text === ',') continue
    if (connectors.has(text)) {
      // "UNICEF and Ms Helen Sworn": a person after "and" ends the organisation.
      const next = index + 1
      if (text === 'and' && (isHonorificWord(context.tokens[next]?.text ?? '') || context.people.matchAt(context.tokens, next, end))) {
        return undefined
      }
      continue
    }
    if (!isOrganizationWord(text)) return undefined
  }
  return sliceTokens(context, from, end)
}

/** True when an organisation on its own (no title) is clearly one: an acronym or a name the meeting knows. */
export function isClearOrganization(context: PhraseContext, name: string): boolean {
  return !/\p{Ll}/u.test(name) || context.organizations.has(nameKey(name))
}
