// Query segmentation for the search page: the browser twin of src/site/search/segment.ts.
// Pagefind splits words on spaces only, and the index has a space between the words of every Khmer, Thai,
// Lao and Myanmar run, so the query gets the same treatment before it reaches pagefind.search.
// test/search/segment.test.ts checks that this file and segment.ts agree.

const unspacedRun = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]+/gu
const invisibleBreak = /[\u200B\u200C\u2060\uFEFF]/g
const scriptLocales = [
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Myanmar}/u, 'my']
]
const segmenters = new Map()

function segmenterFor(locale) {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, {granularity: 'word'})
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

function segmentRun(run) {
  const locale = scriptLocales.find(([script]) => script.test(run))?.[1] ?? 'km'
  const parts = []
  for (const {segment} of segmenterFor(locale).segment(run)) {
    if (segment.trim() !== '') parts.push(segment)
  }
  return parts.join(' ')
}

/** Returns `text` with a space between the words of every Khmer, Thai, Lao or Myanmar run. */
export function segmentWords(text) {
  // Browsers without Intl.Segmenter get the query as typed: Latin-script search still works.
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return text
  const spaced = text.replace(invisibleBreak, ' ')
  return spaced.replace(unspacedRun, (run, offset) => {
    const words = segmentRun(run)
    const before = offset > 0 && !/\s/.test(spaced[offset - 1] ?? ' ') ? ' ' : ''
    const end = offset + run.length
    const after = end < spaced.length && !/\s/.test(spaced[end] ?? ' ') ? ' ' : ''
    return before + words + after
  })
}

/** Whether a word may end at `end` of `run`: not before a combining mark, not after a coeng or virama. */
function canBreak(run, end) {
  if (end >= run.length) return true
  return !/\p{M}/u.test(run[end]) && !/[\u17D2\u1039]/.test(run[end - 1])
}

/**
 * Segments a query so its words line up with the index's. The index was split by Node's ICU at build time;
 * this browser's ICU may split the same text differently ("ជនរងគ្រោះ" whole in one, "ជនរង គ្រោះ" in another),
 * and Pagefind only matches whole words (or a prefix). So each unspaced run takes the longest word of the
 * index's vocabulary (`words.json`) at each position, and the browser's Intl.Segmenter words where none fits.
 */
export function segmentQuery(text, vocabulary, segment = segmentWords) {
  if (!vocabulary || vocabulary.size === 0) return segment(text)
  let longest = 0
  for (const word of vocabulary) longest = Math.max(longest, word.length)
  const spaced = text.replace(invisibleBreak, ' ')
  return spaced.replace(unspacedRun, (run, offset) => {
    const fallback = []
    let position = 0
    for (const word of segment(run).split(' ')) {
      position = run.indexOf(word, position) + word.length
      fallback.push(position)
    }
    const parts = []
    let start = 0
    while (start < run.length) {
      let end = Math.min(run.length, start + longest)
      while (end > start && !(vocabulary.has(run.slice(start, end)) && canBreak(run, end))) end--
      if (end === start) end = fallback.find((boundary) => boundary > start) ?? run.length
      parts.push(run.slice(start, end))
      start = end
    }
    const before = offset > 0 && !/\s/.test(spaced[offset - 1] ?? ' ') ? ' ' : ''
    const runEnd = offset + run.length
    const after = runEnd < spaced.length && !/\s/.test(spaced[runEnd] ?? ' ') ? ' ' : ''
    return before + parts.join(' ') + after
  })
}
