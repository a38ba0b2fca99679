import type {Section} from './context.js'

// Under five words ("Motion passes", "Minutes approved") the same words are as likely two decisions as one restated.
const enoughWords = 5

/** The words that tell two statements of one record apart from two records, when there are enough of them. */
function restatementKey(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length >= enoughWords ? words.join(' ') : undefined
}

/**
 * Each section's records with the ones the minutes state again dropped, where one of the two statements stands in
 * a section that collects records ("## Resolutions" or "### Action items" summing up the meeting, or listing its
 * actions up front): the register lists each once, where first stated. The same words in two topics are two records
 * ("The report was received and noted" for two reports). Sections come in document order.
 */
export function withoutRestatements<T extends {text: string}>(
  sections: readonly Section[],
  recordsOf: (section: Section) => T[],
  collects: (section: Section) => boolean
): Map<Section, T[]> {
  // Each key, and whether a statement of it stood in a collecting section.
  const stated = new Map<string, boolean>()
  return new Map(
    sections.map((section) => {
      const inCollection = collects(section)
      const kept = recordsOf(section).filter((record) => {
        const key = restatementKey(record.text)
        if (key === undefined) return true
        const earlier = stated.get(key)
        stated.set(key, earlier === true || inCollection)
        return earlier === undefined || !(earlier || inCollection)
      })
      return [section, kept]
    })
  )
}
