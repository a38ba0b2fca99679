import type {Speaker} from '../../model/meeting.js'
import type {PeopleIndex, KnownPerson} from './known-people.js'
import type {SpeakerMention} from './mention.js'
import {makePerson} from './person.js'
import {nameKey} from '../../text/names.js'

/** The speakers found in one item, in order, with the anchor they are filed under. */
export interface ItemMentions {
  anchor: string
  mentions: SpeakerMention[]
}

interface Entry {
  name: string
  role?: string
  organization?: string
  person?: KnownPerson
  unnamed: boolean
  items: string[]
}

/**
 * Gives every named mention its person: literal and full-name matches first, then names read in the text
 * become people too, and only then are lone surnames and initials resolved, so a "Ms Fleming" before or
 * after "Ms Kristy Fleming" lands on her either way.
 */
function resolvePeople(people: PeopleIndex, items: readonly ItemMentions[]): Map<SpeakerMention, KnownPerson> {
  const resolved = new Map<SpeakerMention, KnownPerson>()
  const named = items.flatMap((item) => item.mentions).filter((mention) => mention.kind === 'named')
  const pending = []
  for (const mention of named) {
    const person = mention.person ?? people.lookup(mention.name)
    if (person) resolved.set(mention, person)
    else pending.push(mention)
  }
  for (const mention of pending) {
    if (mention.name.trim().split(/\s+/u).length < 2 || people.resolve(mention.name)) continue
    people.add({name: mention.name}, [mention.name], false)
  }
  for (const mention of pending) resolved.set(mention, people.resolve(mention.name) ?? {name: mention.name})
  return resolved
}

/** Merges mentions into speakers: one per person, in order of first appearance, items in document order. */
export function mergeSpeakers(people: PeopleIndex, items: readonly ItemMentions[]): {speakers: Speaker[]; byItem: Map<string, Speaker[]>} {
  const persons = resolvePeople(people, items)
  const entries = new Map<string, Entry>()
  const byItemKeys = new Map<string, string[]>()
  for (const {anchor, mentions} of items) {
    const keys = byItemKeys.get(anchor) ?? []
    byItemKeys.set(anchor, keys)
    for (const mention of mentions) {
      const person = mention.kind === 'named' ? persons.get(mention) : undefined
      const name = mention.kind === 'named' ? (person?.name ?? mention.name) : `${mention.title} of ${mention.organization}`
      const key = `${mention.kind}\u0000${nameKey(name)}`
      let entry = entries.get(key)
      if (!entry) {
        entry = {name, unnamed: mention.kind === 'unnamed', items: [], ...(person ? {person} : {})}
        entries.set(key, entry)
      }
      // The text's own role and organisation win; the first mention that gives one sets it.
      if (mention.kind === 'named' && entry.role === undefined && mention.role !== undefined) entry.role = mention.role
      if (entry.organization === undefined && mention.organization !== undefined) entry.organization = mention.organization
      if (!entry.items.includes(anchor)) entry.items.push(anchor)
      if (!keys.includes(key)) keys.push(key)
    }
  }
  const speakerOf = new Map<string, Speaker>()
  for (const [key, entry] of entries) {
    const person = makePerson(entry.name, entry.role ?? entry.person?.role, entry.organization ?? entry.person?.organization)
    speakerOf.set(key, {...person, items: entry.items, ...(entry.unnamed ? {unnamed: true} : {})})
  }
  const byItem = new Map<string, Speaker[]>()
  for (const [anchor, keys] of byItemKeys) byItem.set(anchor, keys.map((key) => speakerOf.get(key)!))
  return {speakers: [...speakerOf.values()], byItem}
}
