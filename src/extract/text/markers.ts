/** What an explicit marker at the start of a paragraph, line or list item declares. */
export type MarkerKind = 'decision' | 'action' | 'recommendation'

/** A marker found at the start of a text, and the text after it. */
export interface Marker {
  kind: MarkerKind
  rest: string
}

// Anchored at the start and built from literal words: no backtracking beyond the marker itself.
const markers: Array<[MarkerKind, RegExp]> = [
  ['decision', /^\s*(?:decisions?|agreed|resolved|resolutions?|conclusions?)\s*[:：]\s*/i],
  ['action', /^\s*(?:action\s+items?|action\s+points?|actions?)\s*[:：]\s*/i],
  ['recommendation', /^\s*recommendations?\s*[:：]\s*/i]
]

/** Finds a `Decision:` / `ACTION:` / `Recommendation:` style marker at the start of a text. */
export function matchMarker(text: string): Marker | undefined {
  for (const [kind, pattern] of markers) {
    const match = pattern.exec(text)
    if (match) return {kind, rest: text.slice(match[0].length)}
  }
  return undefined
}

/** A line that starts with a marker; used to split a paragraph holding several marker lines. */
export function startsWithMarker(line: string): boolean {
  return markers.some(([, pattern]) => pattern.test(line))
}

/** Headings whose lists are decisions or actions outright ("Decisions", "Action items"). */
const kindHeadings: Array<[MarkerKind, RegExp]> = [
  ['decision', /^(?:decisions?|decisions\s+(?:taken|made)|resolutions?|conclusions?|outcomes?)$/i],
  ['action', /^(?:actions?|action\s+items?|action\s+points?|follow[\s-]?up\s+actions?)$/i]
]

/** The kind a heading or lead-in title gives its lists, when the title is nothing but that kind. */
export function kindOfTitle(title: string): MarkerKind | undefined {
  const bare = title.replace(/[:：.\s]+$/, '').trim()
  for (const [kind, pattern] of kindHeadings) if (pattern.test(bare)) return kind
  return undefined
}
