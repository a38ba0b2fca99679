import {buildActionLedger} from '../../archive/action-ledger.js'
import {findInLines, frontMatterKeyPoint} from '../place.js'
import {report, type CheckedMeeting, type Rule} from '../rule.js'

/** Unmatched `closes:` entries per meeting slug, computed once per archive (the ledger spans all meetings). */
const cache = new WeakMap<readonly CheckedMeeting[], Map<string, string[]>>()

function unmatched(archive: readonly CheckedMeeting[]): Map<string, string[]> {
  let found = cache.get(archive)
  if (found === undefined) {
    const result = new Map<string, string[]>()
    const meetings = archive.flatMap((entry) => (entry.meeting === undefined ? [] : [entry.meeting]))
    buildActionLedger(meetings, {
      onUnmatchedClose(meeting, reference) {
        result.set(meeting.slug, [...(result.get(meeting.slug) ?? []), reference])
      }
    })
    cache.set(archive, result)
    found = result
  }
  return found
}

/** A `closes:` entry must name an open action of an earlier meeting of the series, or nothing is closed. */
export const closesUnknown: Rule = {
  id: 'minutebook:closes-unknown',
  severity: 'warning',
  description:
    'Each `closes:` entry names an action still open from an earlier meeting of the same series, by its id or its words.',
  check({entry, archive}) {
    const references = unmatched(archive).get(entry.slug) ?? []
    if (references.length === 0) return
    const key = frontMatterKeyPoint(entry.text, 'closes')
    for (const reference of references) {
      report(
        closesUnknown,
        entry,
        `Unexpected \`closes\` entry \`${reference}\`, expected the id or words of an open action from an earlier meeting of the series`,
        findInLines(entry.text, reference, key.line, key.line + 50) ?? key
      )
    }
  }
}
