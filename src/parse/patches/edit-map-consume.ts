import {EditMap} from 'micromark-util-edit-map'

// A patch of micromark-util-edit-map, reported upstream in docs/upstream/micromark-edit-map.md: drop this module
// once a release makes `consume` linear. test/parse/patches.test.ts fails when the installed package changes.

type Change = EditMap['map'][number]
type Events = Parameters<EditMap['consume']>[0]

/**
 * `EditMap#consume` with the same result as micromark's, in time proportional to the part of
 * `events` from the first edit on. micromark's own copies the whole list for every edit, and its
 * document tokenizer edits once per container it closes (each list or block quote that ends), so
 * a meeting with thousands of lists took time growing with the square of its length.
 * Edits there sit near the end of the list, so rebuilding only the tail makes parsing linear.
 */
export function consumeTail(this: {map: Change[]; index: Map<number, Change>}, events: Events): undefined {
  if (this.map.length === 0) return
  this.map.sort((a, b) => a[0] - b[0])
  const first = this.map[0]![0]
  const tail: Events = []
  for (let change = 0; change < this.map.length; change++) {
    const [at, remove, add] = this.map[change]!
    for (const event of add) tail.push(event)
    // As upstream: what follows an edit runs to the next edit's index (nothing when a removal reaches past it).
    const next = this.map[change + 1]?.[0] ?? events.length
    for (let index = at + remove; index < next; index++) tail.push(events[index]!)
  }
  events.length = first
  for (const event of tail) events.push(event)
  this.map.length = 0
  this.index.clear()
  return undefined
}

/** micromark's original `consume`, kept for the tests that compare both. */
export const upstreamConsume = EditMap.prototype.consume

/**
 * Puts {@link consumeTail} on the EditMap class micromark uses: one module instance per process (or worker),
 * so every parser in it is affected. Call it before parsing (the minutes processor does, when it is built);
 * calling it again changes nothing.
 */
export function applyLinearEditMap(): void {
  EditMap.prototype.consume = consumeTail
}
