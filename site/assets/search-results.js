// How the search page reads one Pagefind result (a meeting): which of its parts (agenda items) to show, and
// where each lands. Pure functions, so test/search runs them against a real index in Node.

/** Where a sub-result lands: the page's URL with the item's anchor encoded as the meeting page writes its links. */
export function subResultUrl(data, sub) {
  return sub.anchor?.id ? `${data.url}#${encodeURIComponent(sub.anchor.id)}` : data.url
}

/** The parts of a meeting that matched, most matches first (document order on a tie), at most `limit`. */
export function bestParts(data, limit) {
  return (data.sub_results ?? [])
    .map((sub, order) => ({sub, order}))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, limit)
    .map(({sub}) => sub)
}
