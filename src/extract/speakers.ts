import type {Speaker} from '../model/meeting.js'
import type {ExtractContext} from './context.js'
import {bindPronouns} from './people/coreference.js'
import {findLabel} from './people/labels.js'
import type {Mention} from './people/mention.js'
import {meetingPeople} from './people/meeting-people.js'
import {speakerPerson} from './people/person.js'
import type {PhraseContext} from './people/phrase-context.js'
import {proseMentions} from './people/prose.js'
import {canonicalOrganization} from './people/registry-organizations.js'
import {mergeSpeakers, type ItemMentions} from './people/resolve.js'
import {recordSpeakerPhrases} from './people/speaker-phrases.js'
import {textUnits} from './people/text-units.js'
import {tokenize} from './people/tokens.js'

/**
 * Finds who spoke in each item (labels and narrative prose), resolves them against attendees and the
 * registry, fills `item.speakers` of every section and returns them merged across the meeting.
 */
export function extractSpeakers(context: ExtractContext): Speaker[] {
  const {index: people, chair, attendees, organizations} = meetingPeople(context)
  const canonical = (text: string): string => canonicalOrganization(context.config, text)
  const items: ItemMentions[] = []
  const phrases: string[] = []
  for (const section of context.sections) {
    const found: Mention[] = []
    for (const unit of textUnits(section.nodes)) {
      const phrase: PhraseContext = {
        text: unit.text,
        tokens: tokenize(unit.text),
        people,
        chair,
        attendees,
        organizations,
        canonicalOrganization: canonical
      }
      const label = findLabel(phrase, unit.boldLength)
      if (label) found.push(label.mention)
      found.push(...proseMentions(phrase, label ? label.next : 0))
    }
    const mentions = bindPronouns(found)
    for (const mention of mentions) phrases.push(mention.phrase)
    items.push({anchor: section.item.anchor, mentions})
  }
  recordSpeakerPhrases(context, phrases)
  const {speakers, byItem} = mergeSpeakers(people, items)
  for (const section of context.sections) {
    section.item.speakers = (byItem.get(section.item.anchor) ?? []).map(speakerPerson)
  }
  return speakers
}
