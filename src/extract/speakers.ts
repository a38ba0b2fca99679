import type {Person, Speaker} from '../model/meeting.js'
import type {CueSet} from '../text/languages/index.js'
import type {Section} from './context.js'
import {bindPronouns} from './people/coreference.js'
import {findLabel, type FoundLabel, type LabelTrust} from './people/labels.js'
import type {MeetingPeople} from './people/meeting-people.js'
import type {Mention, NamedMention} from './people/mention.js'
import {speakerPerson} from './people/person.js'
import type {PhraseContext} from './people/phrase-context.js'
import {presenterNames, titlePresenters} from './people/presenters.js'
import {proseMentions} from './people/prose.js'
import {mergeSpeakers, type ItemMentions} from './people/resolve.js'
import {textUnits} from './people/text-units.js'
import {tokenize} from './people/tokens.js'

/** Who spoke: merged across the meeting, per section, and the phrases that introduced them (for organisations). */
export interface Speakers {
  speakers: Speaker[]
  bySection: Map<Section, Person[]>
  phrases: string[]
}

/** Sections whose text is speech: topics, the text before the first topic, a grouping heading's own text. */
function isSpoken(section: Section): boolean {
  return section.kind === 'topic' || section.logistics === 'preamble' || section.logistics === 'heading'
}

interface Candidate {
  mention: NamedMention
  trust: LabelTrust
  key: string
}

/**
 * Finds who spoke in each section (labels, presenters in titles, narrative prose), resolves them against the
 * roll call and the registry, and returns them per section and merged across the meeting.
 */
export function extractSpeakers(sections: readonly Section[], people: MeetingPeople, cues: CueSet, canonical: (text: string) => string): Speakers {
  // Each section's text is split into units once, for the presenters and for the speakers.
  const unitsOf = new Map(sections.map((section) => [section, textUnits(section.nodes)]))
  // Presenters named on agenda lines join the people the meeting knows, so their first names resolve.
  for (const section of sections) {
    const lines = [section.title, ...unitsOf.get(section)!.flatMap((unit) => (unit.inList === true ? [unit.text] : []))]
    for (const name of lines.flatMap(presenterNames)) {
      if (!people.index.resolve(name)) people.index.add({name}, [name], false)
    }
  }
  const {capitalisedNouns} = cues
  const context = (text: string): PhraseContext => ({
    text,
    tokens: tokenize(text),
    people: people.index,
    chair: people.chair,
    attendees: people.attendees,
    organizations: people.organizations,
    speechVerbs: cues.speechVerbs,
    guessNames: !capitalisedNouns,
    canonicalOrganization: canonical
  })
  const perSection: Array<{section: Section; found: Array<Mention | Candidate>}> = []
  const labelUses = new Map<string, number>()
  const count = (candidate: Candidate): void => {
    labelUses.set(candidate.key, (labelUses.get(candidate.key) ?? 0) + 1)
  }
  for (const section of sections) {
    if (!isSpoken(section)) continue
    const found: Array<Mention | Candidate> = []
    if (section.kind === 'topic') {
      for (const presenter of titlePresenters(section.title, people.index)) {
        found.push(presenter)
        count(presenter)
      }
    }
    for (const unit of unitsOf.get(section)!) {
      const phrase = context(unit.text)
      // "- Josh" with Josh's points nested below: the entry names who speaks in them.
      const person = unit.leadsList ? people.index.lookup(unit.text.trim()) ?? people.index.resolve(unit.text.trim()) : undefined
      if (person) {
        found.push({kind: 'named', name: person.name, person, phrase: unit.text.trim()})
        continue
      }
      const label: FoundLabel | undefined = findLabel(phrase, cues, unit.leadsList === true, unit.boldLength)
      if (label) {
        found.push(label)
        count(label)
      }
      // "StatCan has a project (Reginald Maltais et Janique Godin)": people the meeting knows, named as who brought it.
      if (unit.inList === true) for (const presenter of titlePresenters(unit.text, people.index, false)) if (presenter.trust === 'known') found.push(presenter)
      found.push(...proseMentions(phrase, label ? label.next : 0))
      // A later line of the same paragraph may open with another speaker the meeting knows ("Kristian: developer at ...").
      for (const line of unit.text.split(/\r?\n/u).slice(1)) {
        const more = findLabel(context(line), cues)
        if (more?.trust === 'known') found.push(more)
      }
    }
    perSection.push({section, found})
  }
  // A label the roll call does not know is a speaker when the minutes use it as a label again ("Priya: ...",
  // "Priya: ..."); once, a word is as likely a field ("Background: ..."). A full name once is taken when the
  // minutes have no roll call to check it against, except where nouns are capitalised like names (German).
  const rollCall = people.attendees.length > 0
  const accepted = (candidate: Candidate): boolean => {
    if (candidate.trust === 'known' || candidate.trust === 'tag') return true
    if ((labelUses.get(candidate.key) ?? 0) >= 2) return true
    return candidate.trust === 'name' && !rollCall && !capitalisedNouns
  }
  const items: ItemMentions[] = []
  const phrases: string[] = []
  for (const {section, found} of perSection) {
    const mentions = bindPronouns(found.flatMap((entry): Mention[] => ('trust' in entry ? (accepted(entry) ? [entry.mention] : []) : [entry])))
    for (const mention of mentions) phrases.push(mention.phrase)
    items.push({anchor: section.anchor, mentions})
  }
  const {speakers, byItem} = mergeSpeakers(people.index, items)
  const bySection = new Map<Section, Person[]>()
  for (const section of sections) bySection.set(section, (byItem.get(section.anchor) ?? []).map(speakerPerson))
  return {speakers, bySection, phrases}
}
