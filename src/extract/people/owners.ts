import type {CueSet} from '../../text/languages/index.js'
import {nameKey} from '../../text/names.js'
import type {OwnerResolver} from '../text/owner.js'
import type {MeetingPeople} from './meeting-people.js'
import {isNameWord, isParticle} from './name-words.js'

/** Two or three name words ("Luke M", "Dana Ellison", "Jan de Vries"): a person's name the meeting may not list. */
function isPersonalName(text: string): boolean {
  const words = text.split(/\s+/u)
  // Scripts without capitals (Khmer, Thai, Chinese) give no case to go by: a short run of their words is taken as a name.
  if (words.every((word) => /^\p{Lo}/u.test(word))) return words.length <= 4
  // Particles join names ("Jan de Vries"); a name does not end on one ("Revisar el ...").
  return words.length >= 2 && words.length <= 4 && isNameWord(words.at(-1)!) && words.every((word, index) => isNameWord(word) || (index > 0 && isParticle(word)))
}

// Capitals that are markers or shorthand, never a team: "TODO to ...", "PR to be merged".
const notTeams = new Set(['TODO', 'DONE', 'ACTION', 'AOB', 'FYI', 'NB', 'PR', 'PRS', 'CI', 'TBD', 'ETA', 'ASAP', 'OK', 'EOD', 'RC', 'API'])

/**
 * Who may own an action of this meeting: a person it knows (roll call, registry, speaker, handle, abbreviation),
 * everyone ("All"), an organisation it knows, a role or office ("Clerk", "Secretariat", "RDF Group"), or a full
 * personal name (not in German, whose nouns are capitalised too). A capitalised first word of a sentence ("Review", "Moving", "Who") is none of these.
 */
export function ownerResolver(people: MeetingPeople, cues: CueSet, canonical: (text: string) => string): OwnerResolver {
  return (candidate) => {
    const name = candidate.trim()
    if (name === '' || name.length > 60 || /[?!]/u.test(name)) return undefined
    if (cues.records.isEveryone(name)) return name
    const person = people.index.resolve(name)
    if (person) return person.name
    // "Clerk to obtain three quotes": the one attendee who is the Clerk.
    const holders = people.attendees.filter((attendee) => attendee.role !== undefined && nameKey(attendee.role) === nameKey(name.replace(/^the\s+/iu, '')))
    if (holders.length === 1) return holders[0]!.name
    if (people.organizations.has(nameKey(name))) return canonical(name)
    // "Clerk", "Secretariat", "RDF Group"; not "Each coordination group", whose words are not a name.
    const words = name.split(/\s+/u)
    if (words.length <= 3 && cues.isRole(name) && words.slice(0, -1).every((word) => isNameWord(word) || /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(word)) && /^\p{Lu}/u.test(words.at(-1)!)) return name
    // An acronym stands for an organisation or a team ("UNICEF", "IOM", "TAC").
    if (/^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(name) && !notTeams.has(name)) return name
    // "Großes Plakat wird ... gedruckt": where nouns are capitalised, capitals make no name.
    return !cues.capitalisedNouns && isPersonalName(name) ? name : undefined
  }
}
