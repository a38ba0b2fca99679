/**
 * Words that signal a list of recommendations ("reports back" as a noun phrase; "to report back" is a verb).
 * Past participles ("recommended", "proposed", "suggested") count only when they end a clause
 * ("The following were proposed:"), because before a noun they only describe it
 * ("The proposed format for the event is:" introduces a programme, not proposals).
 */
const builtIn =
  /\b(?:recommend(?:s|ing|ations?)?|propos(?:e|es|ing|als?)|suggest(?:s|ing|ions?)?|objectives|group\s+reports?|reports\s+back|report-backs?|would\s+like\s+to)\b|\b(?:recommended|proposed|suggested)(?=\s*(?:[:.;,–—-]|$))/i

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const compiled = new Map<string, RegExp>()

/** The pattern for extra cue words from `minutebook.yml` (whole words, any case); compiled once per list. */
function extraPattern(extra: readonly string[]): RegExp | undefined {
  const words = extra.map((word) => word.trim()).filter((word) => word !== '')
  if (words.length === 0) return undefined
  const key = words.join('\u0000')
  let pattern = compiled.get(key)
  if (!pattern) {
    // Lookarounds on letters and digits instead of \b, so cue words in any script match as whole words.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    compiled.set(key, pattern)
  }
  return pattern
}

/** True when a title or lead-in signals recommendations, by the built-in cue words or the configured ones. */
export function hasRecommendationCue(text: string, extra: readonly string[] = []): boolean {
  if (builtIn.test(text)) return true
  return extraPattern(extra)?.test(text) ?? false
}
