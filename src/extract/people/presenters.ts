import {stripHonorifics} from '../../text/names.js'
import type {KnownPerson, PeopleIndex} from './known-people.js'
import {isNameWord, isParticle} from './name-words.js'
import type {LabelTrust} from './labels.js'
import type {NamedMention} from './mention.js'

/** A presenter named in a topic's title: "(Jenn) Town Hall", "[Brian Behlendorf] What is a SIF", "Tech report - Gary". */
export interface Presenter {
  mention: NamedMention
  trust: LabelTrust
  key: string
}

const leading = /^\s*[([]([^()[\]]{1,60})[)\]]/u
const trailingDash = /\s[-–—]\s+([\p{L}][\p{L}\p{M}'’.\s-]{0,40})$/u
const joiners = /\s*(?:[/,&+]|\band\b|\bund\b|\bet\b)\s*/u

function mention(person: KnownPerson | undefined, name: string): NamedMention {
  return {kind: 'named', name: person?.name ?? stripHonorifics(name), ...(person ? {person} : {}), phrase: name}
}

function isPersonalName(text: string): boolean {
  const words = text.split(/\s+/u)
  return words.length >= 2 && words.length <= 4 && words.every((word, index) => isNameWord(word) || (index > 0 && isParticle(word)))
}

/**
 * Who a title says presents the topic. Names the meeting knows count wherever the title puts them; a name it does
 * not know counts only in brackets at the start, where minutes put the presenter ("(Dan M) ..."). A bracket with
 * a question mark ("(David?)") is a guess and names nobody.
 */
export function titlePresenters(title: string, people: PeopleIndex, tagsAtStart = true): Presenter[] {
  const found: Presenter[] = []
  const read = (group: string, atStart: boolean): void => {
    if (/[?\d]/u.test(group)) return
    for (const raw of group.split(joiners)) {
      const part = raw.trim()
      if (part === '') continue
      const person = people.resolve(part)
      if (person) found.push({mention: mention(person, part), trust: 'known', key: part.toLowerCase()})
      else if (atStart && isPersonalName(part)) found.push({mention: mention(undefined, part), trust: 'tag', key: part.toLowerCase()})
      else if (atStart && !/\s/u.test(part) && (isNameWord(part) || /^[\p{Ll}][\p{Ll}\p{N}_]{2,}$/u.test(part))) {
        found.push({mention: mention(undefined, part), trust: 'word', key: part.toLowerCase()})
      }
    }
  }
  const start = tagsAtStart ? leading.exec(title) : null
  if (start) read(start[1]!, true)
  // Brackets elsewhere ("TAC elections [Aeva/Bob] ...", "Performance (genofire)") count when they name people the meeting knows.
  for (const match of title.matchAll(/[([]([^()[\]]{1,60})[)\]]/gu)) {
    if (match.index === 0 && start) continue
    read(match[1]!, false)
  }
  const dash = trailingDash.exec(title)
  if (dash) {
    const person = people.resolve(dash[1]!.trim())
    if (person) found.push({mention: mention(person, dash[1]!.trim()), trust: 'known', key: dash[1]!.trim().toLowerCase()})
  }
  return found
}

// "Supply Chain Integrity - Isaac Hepworth - 10min": a full name where agendas put the presenter.
const presenterAfterDash = /\s[-–—]\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\s*(?=$|[-–—(,])/gu

/**
 * Full names an agenda line gives as its presenter, for the people index: a later "Isaac:" then reads as Isaac
 * Hepworth. Being named there does not make anyone a speaker.
 */
export function presenterNames(text: string): string[] {
  return [...text.matchAll(presenterAfterDash)].map((match) => stripHonorifics(match[1]!)).filter((name) => name.includes(' '))
}
