import type {Config} from '../model/config.js'
import type {Person} from '../model/meeting.js'
import {canonicalOrganization, organizationWritings} from './people/registry-organizations.js'
import {nameKey} from '../text/names.js'

/** True when `needle` occurs in `text` as whole words (no letter or digit on either side). */
function containsWords(text: string, needle: string): boolean {
  if (needle === '') return false
  const wordChar = /[\p{L}\p{N}\p{M}-]/u
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ''
    const after = text[at + needle.length] ?? ''
    if (!wordChar.test(before) && !wordChar.test(after)) return true
  }
  return false
}

/**
 * Sorts names without depending on the machine's locale: by lowercased code points, then by exact code points,
 * so "CCPCR" < "Chab Dai" < "IOM" < "UNIAP" < "UNIAP-Cambodia" < "UNICEF" everywhere.
 */
export function compareNames(a: string, b: string): number {
  const left = a.toLowerCase()
  const right = b.toLowerCase()
  if (left !== right) return left < right ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Lists the organisations of the meeting: those of the people given (attendees, chair, speakers), and registry
 * organisations named in the phrases that introduced speakers; registry names are canonical, each listed once.
 */
export function extractOrganizations(config: Config, people: readonly Person[], phrases: readonly string[]): string[] {
  const found: string[] = []
  for (const person of people) if (person.organization !== undefined) found.push(person.organization)
  for (const organization of config.organizations) {
    const named = organizationWritings(organization).some((writing) =>
      phrases.some((phrase) => containsWords(phrase, writing.trim()))
    )
    if (named) found.push(organization.name)
  }
  const byKey = new Map<string, string>()
  for (const text of found) {
    const name = canonicalOrganization(config, text)
    const key = nameKey(name)
    if (key !== '' && !byKey.has(key)) byKey.set(key, name)
  }
  return [...byKey.values()].sort(compareNames)
}
