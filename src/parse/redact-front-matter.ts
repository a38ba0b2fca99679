import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {AttendeeEntry, FrontMatter} from '../model/front-matter.js'
import {formatKeyPath} from './schema-report.js'
import {emailMask, phoneMask, redactText} from './redact.js'
import {pathPlace, type YamlSource} from './yaml-position.js'

/** The opening `---`: where a problem is placed when the YAML source is unknown. */
const opening: Position = {start: {line: 1, column: 1}, end: {line: 1, column: 4}}

/** True when nothing but masks, spaces and punctuation is left: the value was a contact and nothing else. */
function onlyMasks(text: string): boolean {
  return text.split(emailMask).join('').split(phoneMask).join('').replace(/[\s\p{P}\p{S}]/gu, '') === ''
}

/** A YAML value with every string in it redacted by `text` (the YAML core schema gives no other kind of text). */
function redactValue(value: unknown, path: PropertyKey[], text: (value: string, path: PropertyKey[]) => string): unknown {
  if (typeof value === 'string') return text(value, path)
  if (Array.isArray(value)) return value.map((item, index) => redactValue(item, [...path, index], text))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, [...path, key], text)]))
  }
  return value
}

/**
 * Redacts the front matter values a reader sees (title, series, place, people, `approves`, `closes`) with the same
 * rules as the minutes, so pages, feeds, the calendar, the API, person and organisation pages and the search filters
 * only ever get redacted values. Each contact found is a `contact-redacted` warning on the line of its key. A name,
 * organisation or role that is nothing but a contact is left out (it would make a page named after a mask); aliases
 * and tags are never published and are left as written.
 */
export function redactFrontMatter(frontMatter: FrontMatter, source: YamlSource | undefined, file: VFile): FrontMatter {
  const text = (value: string, path: PropertyKey[]): string => {
    const {text: redacted, found} = redactText(value)
    for (const kind of new Set(found.map((hit) => hit.kind))) {
      const place = source ? pathPlace(source, path).position : opening
      file.message(
        `Unexpected ${kind === 'email' ? 'e-mail address' : 'phone number'} in \`${formatKeyPath(path)}\`, expected none; it is withheld from the archive`,
        {place, ruleId: 'contact-redacted', source: 'minutebook'}
      )
    }
    return redacted
  }
  const optional = (value: string | undefined, path: PropertyKey[]): string | undefined => {
    if (value === undefined) return undefined
    const redacted = text(value, path)
    return onlyMasks(redacted) && redacted !== value ? undefined : redacted
  }
  const person = (entry: AttendeeEntry, path: PropertyKey[]): AttendeeEntry | undefined => {
    // A `Name (Organisation)` string has no `name` key: its problems are placed on the string itself.
    const name = optional(entry.name, [...path, 'name'])
    if (name === undefined) return undefined
    const organization = optional(entry.organization, [...path, 'organization'])
    const role = optional(entry.role, [...path, 'role'])
    return {
      name,
      ...(organization === undefined ? {} : {organization}),
      ...(role === undefined ? {} : {role}),
      ...(entry.aliases === undefined ? {} : {aliases: entry.aliases})
    }
  }
  const people = (entries: readonly AttendeeEntry[], key: string): AttendeeEntry[] =>
    entries.flatMap((entry, index) => {
      const kept = person(entry, [key, index])
      return kept === undefined ? [] : [kept]
    })
  // In the order of the keys in the schema, so the warnings come in a stable, readable order.
  const title = text(frontMatter.title, ['title'])
  const series = optional(frontMatter.series, ['series'])
  const chair = frontMatter.chair === undefined ? undefined : person(frontMatter.chair, ['chair'])
  const location = optional(frontMatter.location, ['location'])
  const attendees = people(frontMatter.attendees, 'attendees')
  const apologies = people(frontMatter.apologies, 'apologies')
  const approves = optional(frontMatter.approves, ['approves'])
  const closes = frontMatter.closes.map((value, index) => text(value, ['closes', index]))
  const custom = frontMatter.custom === undefined ? undefined : (redactValue(frontMatter.custom, [], text) as Record<string, unknown>)
  const result: FrontMatter = {...frontMatter, title, attendees, apologies, closes, ...(custom === undefined ? {} : {custom})}
  // Optional keys a contact emptied are left out, as if never written.
  delete result.series
  delete result.chair
  delete result.location
  delete result.approves
  if (series !== undefined) result.series = series
  if (chair !== undefined) result.chair = chair
  if (location !== undefined) result.location = location
  if (approves !== undefined) result.approves = approves
  return result
}
