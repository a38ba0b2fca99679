import {compareStrings} from '../text/compare.js'

/**
 * The candidate closest to `value` by `distance`, when it is close enough to be a likely typo
 * (at most half the length of `value`); ties go to the first in code-point order.
 */
export function nearest(
  value: string,
  candidates: readonly string[],
  distance: (a: string, b: string) => number
): string | undefined {
  let best: string | undefined
  let bestDistance = Math.ceil(value.length / 2) + 1
  for (const candidate of [...new Set(candidates)].sort(compareStrings)) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
