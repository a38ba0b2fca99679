/**
 * The one grammar of a private marker: an HTML comment whose only word is `private` (opening) or `/private`
 * (closing), with any white space around the word and the slash and in any case: `<!-- private -->`,
 * `<!--/PRIVATE-->`. SECURITY.md writes the same grammar down.
 */
const exact = /^<!--\s*(\/?)\s*private\s*-->$/i

/** The word that makes text look like a marker (not `privately`, `privateness`). */
const word = /(?<![\p{L}\p{N}_])private(?![\p{L}\p{N}_])/giu

// What sits before `private` in a marker whose `<!--` was mistyped: `<` with any of `!`, dashes (Word turns `--` into
// `–` or `—`), spaces and a slash, or the same `<` escaped as an entity (`&lt;!-- private --&gt;` shows as text). A
// mistyped end needs no rule of its own: a comment opened by `<!--` runs to the next `-->`, and is read whole.
const openingSide = /(?:<|&lt;|&#0*60;|&#x0*3c;)[!\s\-–—/]*$/i
const closingSide = /^\s*[-–—!]*\s*(?:>|&gt;|&#0*62;|&#x0*3e;)/i

/** How far around `private` the mistyped punctuation of a marker is looked for. */
const reach = 8

/** Text that is, or looks like, a private marker, at `[start, end)` of the source. */
export interface MarkerCandidate {
  kind: 'open' | 'close' | 'lookalike'
  start: number
  end: number
  text: string
}

/** The HTML comments (`<!--` to the next `-->`) that mention `private`, each as a marker or a lookalike. */
function comments(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  // Once no `-->` follows, none follows any later `<!--` either: every search is from where the last one ended, so
  // the scan stays linear even for thousands of unclosed comments.
  let closed = true
  for (let start = text.indexOf('<!--'); start !== -1; ) {
    let end = closed ? text.indexOf('-->', start + 2) : -1
    if (end === -1) {
      closed = false
      // An unclosed comment: what looks like a marker is on its first line.
      const lineEnd = text.indexOf('\n', start)
      end = lineEnd === -1 ? text.length : lineEnd
    } else {
      end += 3
    }
    const comment = text.slice(start, end)
    const match = exact.exec(comment)
    if (match) found.push({kind: match[1] === '/' ? 'close' : 'open', start, end, text: comment})
    else if (comment.search(word) !== -1) found.push({kind: 'lookalike', start, end, text: comment})
    start = text.indexOf('<!--', Math.max(end, start + 4))
  }
  return found
}

/**
 * The word `private` after a mistyped comment opening, outside any HTML comment: `<!- private -->`, `<!—private—>`,
 * `&lt;!-- private --&gt;`. Each is a lookalike spanning the marker's text around the word.
 */
function looseWords(text: string, taken: readonly MarkerCandidate[]): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  let next = 0
  for (const match of text.matchAll(word)) {
    const at = match.index
    const after = at + match[0].length
    // Comments already found are sorted and disjoint: skip those that end before this word.
    while (next < taken.length && taken[next]!.end <= at) next++
    const comment = taken[next]
    if (comment && comment.start <= at) continue
    const lineStart = text.lastIndexOf('\n', at) + 1
    let lineEnd = text.indexOf('\n', after)
    if (lineEnd === -1) lineEnd = text.length
    const left = text.slice(Math.max(lineStart, at - reach), at)
    const right = text.slice(after, Math.min(lineEnd, after + reach))
    const opening = openingSide.exec(left)
    if (!opening) continue
    const start = Math.max(lineStart, at - reach) + opening.index
    const close = closingSide.exec(right)
    const end = close ? after + close[0].length : after
    found.push({kind: 'lookalike', start, end, text: text.slice(start, end)})
  }
  return found
}

/**
 * Every private marker and everything that looks like one in `text`, in source order, in one linear pass: HTML
 * comments holding the word `private` (exact markers or not) and the word with a marker's punctuation around it.
 * Whether a candidate counts depends on where Markdown puts it (see `findPrivateRanges`).
 */
export function findMarkerCandidates(text: string): MarkerCandidate[] {
  const inComments = comments(text)
  const loose = looseWords(text, inComments)
  return [...inComments, ...loose].sort((a, b) => a.start - b.start)
}
