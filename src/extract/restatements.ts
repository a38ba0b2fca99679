import type {Section} from './context.js'

// Under five words ("Motion passes", "Minutes approved") the same words are as likely two decisions as one restated.
const enoughWords = 5

/** The words that tell two statements of one record apart from two records, when there are enough of them. */
function restatementKey(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length >= enoughWords ? words.join(' ') : undefined
}

/**
 * Each section's records with the ones the minutes state again later dropped: a closing summary that repeats
 * "RESOLVED: ..." or the action items of the meeting records nothing new, and a register should list them once,
 * where first stated. Sections come in document order.
 */
export function withoutRestatements<T extends {text: string}>(sections: readonly Section[], recordsOf: (section: Section) => T[]): Map<Section, T[]> {
  const stated = new Set<string>()
  const first = (record: T): boolean => {
    const key = restatementKey(record.text)
    if (key === undefined) return true
    if (stated.has(key)) return false
    stated.add(key)
    return true
  }
  return new Map(sections.map((section) => [section, recordsOf(section).filter(first)]))
}
