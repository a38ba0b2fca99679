import leven from 'leven'
import {compareStrings} from './compare.js'

/**
 * The candidate closest to `value`, when it is close enough to be a likely typo, or undefined: compared without case,
 * a candidate that starts with `value` or that `value` starts with (`chair` for `chairperson`) counts as one edit
 * away, any other by Levenshtein distance, and at most `max(2, length / 3)` edits are close enough; ties go to the
 * first in code-point order, so the answer does not depend on the order candidates come in. The one "did you mean"
 * rule of unknown keys, speakers, `approves:` slugs and `new --series`.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const lower = value.toLowerCase()
  const limit = Math.max(2, Math.floor(value.length / 3))
  let best: {candidate: string; distance: number} | undefined
  for (const candidate of [...new Set(candidates)].sort(compareStrings)) {
    const other = candidate.toLowerCase()
    const distance = lower.startsWith(other) || other.startsWith(lower) ? 1 : leven(lower, other)
    if (distance <= limit && (best === undefined || distance < best.distance)) best = {candidate, distance}
  }
  return best?.candidate
}
