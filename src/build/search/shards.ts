import type {Meeting} from '../../model/meeting.js'

/**
 * The search index is split into shards of whole years, each a Pagefind bundle of its own that the search page
 * merges (`mergeIndex`). Pagefind cannot update an index, so a build re-indexes only the shards whose pages
 * changed, and indexes them one after another, so its process never holds more than one shard.
 *
 * Shards trade a reader's bytes against a build's time: every shard costs each query one more index chunk
 * (Pagefind's chunks are much the same size however small the shard), while a warm build indexes the whole shard of
 * the meeting that changed, in time that grows with the shard. So shards hold 1,000 meetings, doubled until there
 * are at most {@link maxSearchShards}: a query never fetches more than four chunks, and an edit never re-indexes more
 * than a quarter of a large archive. BENCHMARKS.md has the measurements.
 */
export interface SearchShard {
  /** `2000` or `2000-2002`: the years it holds, which is also its folder under the main bundle. */
  name: string
  meetings: Meeting[]
}

/** Meetings a shard holds at least (the last may hold fewer), before doubling. */
export const searchShardMeetings = 1000

/** Shards of a large archive, at most (a shard of one busy year may add one more). */
export const maxSearchShards = 4

/** The shard size for `count` meetings: {@link searchShardMeetings}, doubled until at most {@link maxSearchShards} shards. */
export function searchShardSize(count: number): number {
  let size = searchShardMeetings
  while (Math.ceil(count / size) > maxSearchShards) size *= 2
  return size
}

/**
 * The approved `meetings` in shards of whole years, oldest first: years are added to a shard until it holds at
 * least `size` meetings. Editing a meeting changes one shard and adding this year's minutes only the last, while
 * the shards depend on nothing but the meetings, so the same sources always make the same bundles.
 */
export function searchShards(meetings: readonly Meeting[], size: number = searchShardSize(meetings.length)): SearchShard[] {
  const byYear = new Map<string, Meeting[]>()
  for (const meeting of meetings) {
    if (meeting.status !== 'approved') continue
    const year = meeting.date.slice(0, 4)
    const list = byYear.get(year)
    if (list) list.push(meeting)
    else byYear.set(year, [meeting])
  }
  const years = [...byYear.keys()].sort()
  const shards: SearchShard[] = []
  let span: string[] = []
  let held: Meeting[] = []
  const close = () => {
    const name = span.length === 1 ? span[0]! : `${span[0]}-${span.at(-1)}`
    shards.push({name, meetings: held})
    span = []
    held = []
  }
  for (const year of years) {
    span.push(year)
    held = held.concat(byYear.get(year)!)
    if (held.length >= size) close()
  }
  if (span.length > 0) close()
  return shards
}
