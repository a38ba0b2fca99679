import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkNesting} from '../../src/parse/limits.js'
import {consumeTail, upstreamConsume} from '../../src/parse/patches/edit-map-consume.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {activeContent} from './site-files.js'

type Change = [number, number, number[]]

/** Runs one `consume` on a copy of `events` with the given edits, as micromark's EditMap holds them (one change per index). */
function apply(consume: (this: never, events: never) => unknown, events: number[], edits: Change[]): number[] {
  const map: Change[] = []
  const index = new Map<number, Change>()
  for (const [at, remove, add] of edits) {
    const existing = index.get(at)
    if (existing) {
      existing[1] += remove
      existing[2].push(...add)
    } else {
      const change: Change = [at, remove, [...add]]
      map.push(change)
      index.set(at, change)
    }
  }
  const copy = [...events]
  consume.call({map, index} as never, copy as never)
  return copy
}

describe('the linear EditMap consume', () => {
  it('gives exactly what micromark’s own gives, for any edits', () => {
    const edits = (length: number) =>
      fc.array(fc.tuple(fc.integer({min: 0, max: length}), fc.integer({min: 0, max: 4}), fc.array(fc.integer({min: 1000, max: 2000}), {maxLength: 3})), {maxLength: 6})
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 30}).chain((length) => fc.tuple(fc.constant(Array.from({length}, (_, n) => n)), edits(length))),
        ([events, changes]) => {
          expect(apply(consumeTail as never, events, changes as Change[])).toEqual(apply(upstreamConsume as never, events, changes as Change[]))
        }
      ),
      {numRuns: 2000, seed: 5}
    )
  })
})

describe('the nesting guard leaves ordinary minutes alone', () => {
  it.each([
    ['signature lines', 'Signed: ______________________________________________________________________\n\nName:______________________________________________________________________'],
    ['a long thematic break', '*'.repeat(120) + '\n\n' + '_ '.repeat(80)],
    ['labels and emphasis', '**Dara Sok (Ministry of Justice):** The draft, *as amended*, was __adopted__.'],
    ['64 nested quotes', '>'.repeat(64) + ' deep'],
    ['many brackets that never nest', '[a] [b] [c](x) '.repeat(2000)],
    ['unclosed openers', '*a [b _c '.repeat(2000)]
  ])('%s', (_name, text) => {
    expect(checkNesting(text)).toBeUndefined()
  })

  it('finds nothing too large or too deep in the example meetings', () => {
    const root = join(import.meta.dirname, '..', '..', 'meetings')
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((path) => path.endsWith('.md')).sort()
    expect(files.length).toBeGreaterThan(0)
    for (const path of files) {
      const {messages} = parseMeeting(readFileSync(join(root, path)), {path: `meetings/${path}`})
      expect(messages.filter((message) => ['too-large', 'too-deep', 'encoding'].includes(message.ruleId ?? ''))).toEqual([])
    }
  })
})

describe('the active content detector used on built pages', () => {
  it('finds each kind of active content', () => {
    const found = activeContent(
      '<p><img src=x onerror=alert(1)><a href=" javascript:x">a</a><script>x</script><!--c--><svg></svg><iframe></iframe><a href="data:text/html,x">d</a><form action="https://e.example"></form></p>'
    )
    expect(found.map((item) => item.split(' ')[0])).toEqual(['<img', '<a', '<script', '<!--c-->', '<svg', '<iframe', '<a', '<form'])
  })

  it('accepts escaped text and the site’s own search script and form', () => {
    expect(activeContent('<p>&lt;script&gt; onerror=alert(1) javascript:x</p><script type="module" src="/assets/search.js"></script><form action="/search/"></form>')).toEqual([])
  })
})
