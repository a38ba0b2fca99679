// The matching rules of the reference scorer (`minutes-corpus/score.mjs`), rule for rule: our figures must
// equal its figures, so any change here has to be a change there first. Pure functions, no I/O.

// Stop words of the three corpus languages: dropped before decision and action texts are compared, so
// "the agenda was adopted" and "agenda adopted" count as the same words.
const STOP = new Set(`a an the and or of to in on for at by with from as is are was were be been it its this that these those
we our you your they their he she his her i me my not do does did will would should can could may might must shall
about into over after before than then so if but also there here which who whom what when where how all any each some just
der die das den dem des ein eine einer eines einem einen und oder zu zum zur im in am an auf für mit von vom bei als ist
sind war wird wurde werden wurden soll sollen es sich dass daß über nach nicht auch noch so wie um aus durch
le la les l un une des du de d et ou à au aux en dans pour par sur avec est sont été sera seront a ont qui que qu ce cette
ces se sa son ses leur leurs il elle ils elles on ne pas plus`.split(/\s+/))

// A leading marker ("Decision:", "**RESOLVED:**", "- Action item:") says what a line is, not what it says:
// it is cut before comparing, so a parsed text without it still matches the quote.
const MARKER = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:resolved|resolution|decision|decided|agreed|consensus|verdict|action(?: item)?|todo|beschluss|décision)\s*(?::\s*(?:\*\*)?|\*\*\s*:)\s*/i

// Articles some minutes put before a name or nick ("der Vorstand", "la présidente") are not part of it.
const ARTICLES = ['der', 'die', 'das', 'the', 'le', 'la']

/** Lower-cased text without HTML tags, link targets, Markdown escapes or typographic quotes. */
export function clean(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\\([\\`*_{}\[\]()#+\-.!])/g, '$1')
    .toLowerCase()
}

/** The words of a text (letters and digits, an apostrophe inside a word kept), cleaned and lower-cased. */
export function words(text) {
  return clean(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
}

/** The set of content words of a text: French elisions cut ("l'ordre" is "ordre"), stop words and single letters dropped. */
export function contentWords(text) {
  return new Set(
    words(text)
      .map((word) => word.replace(/^(l|d|qu|j|n|s|c)'/, ''))
      .filter((word) => !STOP.has(word) && word.length > 1)
  )
}

/** The words of a name, a leading `@` (a handle) and a leading article ignored. */
export function nameWords(name) {
  return words(String(name ?? '').replace(/^@/, '')).filter((word, index) => !(index === 0 && ARTICLES.includes(word)))
}

/** Whether `small` occurs in `big` as a run of consecutive words. */
export function isSubsequence(small, big) {
  if (small.length === 0 || small.length > big.length) return false
  outer: for (let start = 0; start + small.length <= big.length; start++) {
    for (let offset = 0; offset < small.length; offset++) if (big[start + offset] !== small[offset]) continue outer
    return true
  }
  return false
}

/** Whether the words `a` start the words `b` (a non-empty prefix). */
export function isPrefix(a, b) {
  return a.length > 0 && a.length <= b.length && a.every((word, index) => b[index] === word)
}

/**
 * How well a parsed item title matches an expected agenda title, 0 when not at all: 1 same words, 0.95 the
 * parsed title contains it, 0.9 it contains the parsed title (at least half its length, two words or more),
 * else the share of its distinct words the parsed title has, times 0.85, when that share is 60 % or more.
 */
export function titleScore(expected, parsed) {
  const e = words(expected)
  const p = words(parsed)
  if (!e.length || !p.length) return 0
  if (e.join(' ') === p.join(' ')) return 1
  if (isSubsequence(e, p)) return 0.95
  if (isSubsequence(p, e) && p.length >= 2 && p.length * 2 >= e.length) return 0.9
  const parsedSet = new Set(p)
  const shared = new Set(e.filter((word) => parsedSet.has(word))).size / new Set(e).size
  return shared >= 0.6 ? shared * 0.85 : 0
}

/**
 * How well a parsed decision or action text matches a verbatim quote, 0 when not at all: the content words
 * they share over the smaller set, counted when that is 60 % or more and at least min(3, quote's words) are shared.
 */
export function textScore(quote, parsed) {
  const q = contentWords(String(quote).replace(MARKER, ''))
  const p = contentWords(String(parsed).replace(MARKER, ''))
  if (!q.size || !p.size) return 0
  let shared = 0
  for (const word of q) if (p.has(word)) shared++
  const score = shared / Math.min(q.size, p.size)
  return score >= 0.6 && shared >= Math.min(3, q.size) ? score : 0
}

/**
 * The best match between any written variant of an expected person and any parsed name: 1 same words,
 * 0.8 one is a word prefix of the other ("Eric" and "Eric Holk"), else 0.
 */
export function nameScore(variants, parsedNames) {
  let best = 0
  for (const variant of variants) {
    const a = nameWords(variant)
    for (const name of parsedNames) {
      const b = nameWords(name)
      if (!a.length || !b.length) continue
      if (a.join(' ') === b.join(' ')) best = Math.max(best, 1)
      else if (isPrefix(a, b) || isPrefix(b, a)) best = Math.max(best, 0.8)
    }
  }
  return best
}

/** Whether a parsed item title is a logistics label as written, plus at most four words ("Attendance (12)"). */
export function isLabelTitle(label, parsedTitle) {
  const labelWords = words(label)
  const titleWords = words(parsedTitle)
  return isPrefix(labelWords, titleWords) && titleWords.length - labelWords.length <= 4
}

/** Whether a parsed action owner names the expected owner: one written variant occurs in it as a word sequence. */
export function ownerMatches(variants, parsedOwner) {
  const b = nameWords(parsedOwner)
  return variants.some((variant) => {
    const a = nameWords(variant)
    return a.length > 0 && (isSubsequence(a, b) || a.join(' ') === b.join(' '))
  })
}

/**
 * One-to-one pairs of expected and parsed entries, best scores first (ties: earlier expected, then earlier
 * parsed): `byExpected` maps an expected index to its parsed index, `byParsed` the other way.
 */
export function assign(expected, parsed, score) {
  const pairs = []
  expected.forEach((e, i) =>
    parsed.forEach((p, j) => {
      const s = score(e, p)
      if (s > 0) pairs.push([s, i, j])
    })
  )
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2])
  const byExpected = new Map()
  const byParsed = new Map()
  for (const [, i, j] of pairs) {
    if (!byExpected.has(i) && !byParsed.has(j)) {
      byExpected.set(i, j)
      byParsed.set(j, i)
    }
  }
  return {byExpected, byParsed}
}
