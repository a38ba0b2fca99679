import {describe, expect, it} from 'vitest'
import {writingOrder} from '../../src/build/search/index-site.js'
import {maxSearchShards, searchShardMeetings, searchShardSize, searchShards} from '../../src/build/search/shards.js'
import {meeting} from './fixtures.js'

/** `count` meetings a year for each of `years`, as the generator of a busy archive would make them. */
function archive(perYear: Record<string, number>) {
  return Object.entries(perYear).flatMap(([year, count]) =>
    Array.from({length: count}, (_, index) => meeting({slug: `${year}-m${index}`, title: `M${index}`, date: `${year}-01-01`}))
  )
}

const shape = (shards: ReturnType<typeof searchShards>) => shards.map((shard) => [shard.name, shard.meetings.length])

describe('searchShards', () => {
  it('puts whole years together until a shard holds the size, oldest first', () => {
    expect(shape(searchShards(archive({2001: 2, 2000: 1, 2002: 3, 2003: 1}), 3))).toEqual([
      ['2000-2001', 3],
      ['2002', 3],
      ['2003', 1]
    ])
  })

  it('keeps a busy year whole even when it holds more than the size', () => {
    expect(shape(searchShards(archive({2000: 5, 2001: 1}), 2))).toEqual([['2000', 5], ['2001', 1]])
  })

  it('leaves drafts out', () => {
    const meetings = archive({2000: 2})
    meetings[0] = {...meetings[0]!, status: 'draft'}
    expect(shape(searchShards(meetings, 1))).toEqual([['2000', 1]])
  })

  it('gives a small archive one shard and no shard to no meetings', () => {
    expect(shape(searchShards(archive({2006: 3, 2007: 4})))).toEqual([['2006-2007', 7]])
    expect(searchShards([])).toEqual([])
  })

  it('changes only the last shard when this year gains a meeting', () => {
    const before = searchShards(archive({2000: 3, 2001: 3, 2002: 1}), 3)
    const after = searchShards(archive({2000: 3, 2001: 3, 2002: 2}), 3)
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1))
    expect(shape(after).at(-1)).toEqual(['2002', 2])
  })
})

describe('searchShardSize', () => {
  it('doubles the size until the archive has at most the maximum number of shards', () => {
    expect(searchShardSize(10)).toBe(searchShardMeetings)
    expect(searchShardSize(maxSearchShards * searchShardMeetings)).toBe(searchShardMeetings)
    expect(searchShardSize(maxSearchShards * searchShardMeetings + 1)).toBe(2 * searchShardMeetings)
    expect(searchShardSize(16_000)).toBe(4000)
    for (const count of [1, 999, 4001, 9000, 16_000, 100_000]) expect(Math.ceil(count / searchShardSize(count))).toBeLessThanOrEqual(maxSearchShards)
  })
})

describe('writingOrder', () => {
  const newestFirst = searchShards(archive({2000: 2, 2001: 2, 2002: 2, 2003: 2}), 2).toReversed()
  const names = (shards: ReturnType<typeof searchShards>) => shards.map((shard) => shard.name)

  it('writes the shards holding a meeting this build parsed first, then the others newest first', () => {
    expect(names(writingOrder(newestFirst, new Set(['2001-m1'])))).toEqual(['2001', '2003', '2002', '2000'])
    expect(names(writingOrder(newestFirst, new Set(['2000-m0', '2002-m1'])))).toEqual(['2002', '2000', '2003', '2001'])
  })

  it('keeps newest first when nothing or everything was parsed', () => {
    expect(names(writingOrder(newestFirst))).toEqual(['2003', '2002', '2001', '2000'])
    const all = new Set(newestFirst.flatMap((shard) => shard.meetings.map((meeting) => meeting.slug)))
    expect(names(writingOrder(newestFirst, all))).toEqual(['2003', '2002', '2001', '2000'])
  })
})
