/**
 * Word segmentation for scripts written without spaces between words.
 *
 * Pagefind splits words on whitespace, so a Khmer sentence would become one long "word" and a word from its
 * middle could never match. We put a space between the words `Intl.Segmenter` (ICU's dictionaries) finds, in
 * the text we index and in the query the reader types; site/assets/search-segment.js does the same in the
 * browser and test/search/segment.test.ts checks that both agree.
 */

/** A run of characters in a script that needs dictionary segmentation (Khmer, Thai, Lao, Myanmar). */
const unspacedRun = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]+/gu

/** Zero-width spaces and joiners some typists use as word breaks; Pagefind would glue words across them. */
const invisibleBreak = /[\u200B\u200C\u2060\uFEFF]/g

/** The locale handed to `Intl.Segmenter` for each script (ICU picks its dictionary by script anyway). */
const scriptLocales: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Myanmar}/u, 'my']
]

const segmenters = new Map<string, Intl.Segmenter>()

/** One cached word segmenter per locale: building one loads ICU dictionaries, so it is worth keeping. */
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, {granularity: 'word'})
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/** Split one run of a single unspaced script into its words (punctuation such as `។` becomes its own token). */
function segmentRun(run: string): string {
  const locale = scriptLocales.find(([script]) => script.test(run))?.[1] ?? 'km'
  const parts: string[] = []
  for (const {segment} of segmenterFor(locale).segment(run)) {
    if (segment.trim() !== '') parts.push(segment)
  }
  return parts.join(' ')
}

/**
 * Returns `text` with a space between the words of every Khmer, Thai, Lao or Myanmar run; other text is kept
 * as it is, except zero-width breaks, which become spaces.
 */
export function segmentWords(text: string): string {
  const spaced = text.replace(invisibleBreak, ' ')
  return spaced.replace(unspacedRun, (run, offset: number) => {
    const words = segmentRun(run)
    // A run glued to Latin text or digits ("ខេត្ត5") still needs a break on each side to be its own words.
    const before = offset > 0 && !/\s/.test(spaced[offset - 1] ?? ' ') ? ' ' : ''
    const end = offset + run.length
    const after = end < spaced.length && !/\s/.test(spaced[end] ?? ' ') ? ' ' : ''
    return before + words + after
  })
}

/** A whole token in one of the unspaced scripts (what `segmentWords` leaves between spaces). */
const unspacedToken = /^[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]+$/u

/**
 * The distinct Khmer, Thai, Lao and Myanmar words of already segmented texts, in code-point order: the
 * vocabulary the search page lines a query up with, because the browser's ICU may split words differently.
 */
export function unspacedWords(segmentedTexts: Iterable<string>): string[] {
  const words = new Set<string>()
  for (const text of segmentedTexts) {
    for (const token of text.split(/\s+/)) {
      if (unspacedToken.test(token)) words.add(token)
    }
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
