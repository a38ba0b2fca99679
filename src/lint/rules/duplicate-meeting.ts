import {frontMatterKeyPoint} from '../place.js'
import {report, type Rule} from '../rule.js'

/** A series meets once a day: a second meeting with the same date and series is most likely a copy. */
export const duplicateMeeting: Rule = {
  id: 'minutebook:duplicate-meeting',
  severity: 'error',
  description: 'A series has at most one meeting a day: two files with the same `date` and `series` are reported.',
  check({entry, archive}) {
    const own = entry.frontMatter
    if (own?.series === undefined) return
    const first = archive.find(
      (other) => other.frontMatter?.series === own.series && other.frontMatter?.date === own.date
    )
    if (first === undefined || first === entry) return
    report(
      duplicateMeeting,
      entry,
      `Unexpected second meeting of series \`${own.series}\` on \`${own.date}\`, expected one meeting per series and date; \`${first.path}\` is that meeting`,
      frontMatterKeyPoint(entry.text, 'date')
    )
  }
}
