import {describe, expect, it} from 'vitest'
import {maxMeetingBytes} from '../../src/parse/limits.js'
import {fill, head, realisticBody} from './inputs.js'
import {boundMs, parseInWorker, tooComplex, tooCostly} from './parse-in-worker.js'

const atCap = (unit: string) => Math.floor((maxMeetingBytes - head.length) / unit.length)

/** Issue 20, finding 6: shapes micromark resolves in quadratic time, under the size cap, each refused unparsed. */
const refused: Array<[string, () => string, string]> = [
  ['`[^a]: ` × 40,000 (240 KB, 142 s before)', () => '[^a]: '.repeat(40_000), '9:385 Unexpected nesting of 40000 block quotes, list items and footnote definitions, expected at most 64 [too-deep]'],
  ['`a* ` × 80,000 (119 s before)', () => 'a* '.repeat(80_000), tooComplex('9:1', '1 line', 80_000)],
  ['`[a](` × 120,000 (82 s before)', () => '[a]('.repeat(120_000), tooComplex('9:1', '1 line', 240_000)],
  [
    '`[^a]: ` to the 512 KiB cap',
    () => fill('[^a]: ', maxMeetingBytes),
    `9:385 Unexpected nesting of ${atCap('[^a]: ')} block quotes, list items and footnote definitions, expected at most 64 [too-deep]`
  ],
  ['`a* ` to the 512 KiB cap', () => fill('a* ', maxMeetingBytes), tooComplex('9:1', '1 line', atCap('a* '))],
  ['`[a](` to the 512 KiB cap', () => fill('[a](', maxMeetingBytes), tooComplex('9:1', '1 line', 2 * atCap('[a]('))],
  ['30,000 stray closing markers (4 s before, each a warning)', () => '<!--/private-->\n'.repeat(30_000), tooComplex('9:1', '2358 lines', 4_716)],
  ['100,000 lazy lines in a quote', () => '> a\n' + 'b\n'.repeat(100_000), tooComplex('9:1', '2830 lines, 2829 of them lazy continuation lines', 0)],
  ['a paragraph of 1,000 code spans of growing length', () => Array.from({length: 1_000}, (_, n) => '`'.repeat(n + 1) + 'a').join(''), tooComplex('9:1', '1 line', 1_000)],
  ['100,000 list items', () => '1. a\n'.repeat(100_000), tooCostly(16_672)],
  ['a wide table to the cap', () => '|' + ' a |'.repeat(2_000) + '\n|' + ' - |'.repeat(2_000) + '\n' + ('|' + ' b |'.repeat(2_000) + '\n').repeat(60), tooCostly(25)],
  [
    '600 link reference definitions',
    () => Array.from({length: 600}, (_, n) => `[a${n}]: b`).join('\n\n'),
    '1009:1 Unexpected link reference definition number 501, expected at most 500 in one meeting [too-complex]'
  ]
]

describe(`quadratic and heavy shapes under the size cap are refused unparsed, within ${boundMs / 1000} s`, () => {
  it.each(refused)('%s', async (_name, make, message) => {
    const outcome = await parseInWorker(head + make())
    expect(outcome.error).toBeUndefined()
    expect(outcome.messages).toEqual([message])
    expect(outcome.items).toBeUndefined()
  }, boundMs + 30_000)
})

/**
 * The worst shapes found that still pass every guard (see SECURITY.md for their measured time and memory): each
 * parses in a worker whose heap is held to 1 GB, twice the 500 MB they are meant to stay under; before the cost
 * bound, the same shapes at the size cap needed up to 2 GB and a minute.
 */
const accepted: Array<[string, () => string, number]> = [
  ['16,000 list items (the cost bound)', () => '1. a\n'.repeat(16_000), 1],
  ['lists nested three deep', () => '- a\n  - b\n    - c\n'.repeat(4_400), 1],
  ['footnote definitions', () => '[^a]: x\n\n'.repeat(12_000), 1],
  ['a table of 500 columns', () => '|' + ' a |'.repeat(500) + '\n|' + ' - |'.repeat(500) + '\n' + ('|' + ' b |'.repeat(500) + '\n').repeat(60), 1],
  ['character references', () => ('&amp; '.repeat(30) + '\n\n').repeat(1_500), 1],
  ['emphasis', () => ('*a* '.repeat(30) + '\n\n').repeat(1_500), 1],
  ['one paragraph of 7,000 unmatched emphasis closers (the quadratic bound)', () => 'a* '.repeat(7_000), 1],
  ['a quote with 2,700 lazy lines', () => '> a\n' + 'b\n'.repeat(2_700), 1],
  ['agenda items to the cost bound', () => '## 4. Draft law\n\nThe Chair, Bettina Maas, welcomed attendees.\n\n'.repeat(8_000), 8_001],
  ['a realistic meeting at the size cap', () => realisticBody(1_500), 1_501]
]

describe('the worst shapes under the bounds parse within a 1 GB heap', () => {
  it.each(accepted)('%s', async (_name, make, items) => {
    const text = head + make()
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxMeetingBytes)
    const outcome = await parseInWorker(text, {heapMb: 1024})
    expect(outcome.error).toBeUndefined()
    expect(outcome.messages).toEqual([])
    expect(outcome.items).toBe(items)
  }, boundMs + 30_000)
})

describe('a registry of thousands of aliases that share a first word', () => {
  it(`reads a meeting with 80,000 of them within ${boundMs / 1000} s (quadratic before: 26 s at 25,000, 53 s at 50,000)`, async () => {
    const people = Array.from({length: 40_000}, (_, n) => `  - name: Kristy Person${n}\n    aliases: [Kristy Alias${n}]`).join('\n')
    const outcome = await parseInWorker(head + 'Kristy Person7 presented the report.\n', {config: `people:\n${people}\n`})
    expect(outcome.error).toBeUndefined()
    expect(outcome.items).toBe(1)
  }, boundMs + 30_000)
})
