import {nearest} from '../../text/nearest.js'
import {frontMatterKeyPoint} from '../place.js'
import {report, type Rule} from '../rule.js'

/** `approves:` must name a meeting of the archive, or "adopted at" links would point nowhere. */
export const approvesUnknown: Rule = {
  id: 'minutebook:approves-unknown',
  severity: 'error',
  description: '`approves:` names the slug of a meeting in the archive (the minutes adopted at this meeting).',
  check({entry, archive}) {
    const approves = entry.frontMatter?.approves
    if (approves === undefined) return
    const slugs = archive.map((other) => other.slug).filter((slug) => slug !== entry.slug)
    if (slugs.includes(approves)) return
    const suggestion = nearest(approves, slugs)
    report(
      approvesUnknown,
      entry,
      `Unexpected \`approves: ${approves}\`, expected the slug of a meeting in the archive` +
        (suggestion === undefined ? '' : ` such as \`${suggestion}\``),
      frontMatterKeyPoint(entry.text, 'approves')
    )
  }
}
