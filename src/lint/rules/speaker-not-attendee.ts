import {NameResolver, nameKey} from '../../archive/names.js'
import {flattenItems} from '../../archive/types.js'
import {nearest} from '../../text/nearest.js'
import {findInLines} from '../place.js'
import {report, type Rule} from '../rule.js'

/**
 * When attendees are listed (front matter or a roll call in the minutes), every named speaker must be one of them
 * (or the chair), under any spelling the registry or the attendee's `aliases` allow; a near miss is suggested.
 */
export const speakerNotAttendee: Rule = {
  id: 'minutebook:speaker-not-attendee',
  severity: 'warning',
  description:
    'When attendees are listed (in front matter or in a roll call in the minutes), every named speaker is one of them or the chair (registry and `aliases` spellings count); the nearest attendee is suggested.',
  check({entry, config}) {
    const {meeting, frontMatter} = entry
    if (meeting === undefined || frontMatter === undefined || meeting.attendees.length === 0) return
    const present = [...meeting.attendees, ...(meeting.chair === undefined ? [] : [meeting.chair])]
    const declared = [...frontMatter.attendees, ...(frontMatter.chair === undefined ? [] : [frontMatter.chair])]
    const resolver = new NameResolver(
      config.people,
      declared.map((person) => ({name: person.name, aliases: person.aliases ?? []}))
    )
    const known = new Set(present.map((person) => nameKey(resolver.resolve(person.name))))
    const items = flattenItems(meeting.items)
    for (const speaker of meeting.speakers) {
      if (speaker.unnamed === true || known.has(nameKey(resolver.resolve(speaker.name)))) continue
      const index = items.findIndex((item) => item.anchor === speaker.items[0])
      const item = items[index]
      const end = items[index + 1]?.line ?? Number.MAX_SAFE_INTEGER
      const place = (item && findInLines(entry.text, speaker.name, item.line, end)) ?? {line: item?.line ?? 1, column: 1}
      const suggestion = nearest(speaker.name, present.map((person) => person.name))
      report(
        speakerNotAttendee,
        entry,
        `Unexpected speaker \`${speaker.name}\`, expected one of the attendees` +
          (suggestion === undefined ? '' : ` such as \`${suggestion}\``),
        place
      )
    }
  }
}
