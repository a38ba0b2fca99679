import {beforeAll, describe, expect, it} from 'vitest'
import {head, realisticBody} from './inputs.js'
import {boundMs, compile, parseInWorker, tooComplex, tooCostly} from './parse-in-worker.js'

beforeAll(compile)

const tooDeep = (place: string, count: number, what: string) =>
  `${place} Unexpected nesting of ${count} ${what}, expected at most 64 [too-deep]`

/** Each input is refused with one exact, positioned fatal message, without the slow or stack-deep parse. */
const refused: Array<[string, () => string, string]> = [
  ['10,000 nested list levels', () => '- '.repeat(10_000) + 'x', tooDeep('9:129', 10_000, 'block quotes, list items and footnote definitions')],
  ['10,000 nested ordered list levels', () => '1. '.repeat(10_000) + 'x', tooDeep('9:193', 10_000, 'block quotes, list items and footnote definitions')],
  ['10,000 nested block quotes', () => '>'.repeat(10_000) + ' deep', tooDeep('9:65', 10_000, 'block quotes, list items and footnote definitions')],
  ['quotes and lists alternating 10,000 deep', () => '> - '.repeat(5_000) + 'x', tooDeep('9:129', 10_000, 'block quotes, list items and footnote definitions')],
  ['300 list levels nested by indentation', () => Array.from({length: 300}, (_, depth) => `${'  '.repeat(depth)}- level`).join('\n'), '137:257 Unexpected Markdown nested 257 levels deep, expected at most 256; indent lists and quotes less [too-deep]'],
  ['pathological underscores', () => '_'.repeat(50_000) + 'x' + '_'.repeat(50_000), tooDeep('9:65', 50_000, 'emphasis markers')],
  ['pathological asterisks', () => '*'.repeat(50_000) + 'x' + '*'.repeat(50_000), tooDeep('9:65', 50_000, 'emphasis markers')],
  ['5,000 nested emphasis spans', () => '*a '.repeat(5_000) + 'a* '.repeat(5_000), tooDeep('9:193', 5_000, 'emphasis markers')],
  ['5,000 nested strikethroughs', () => '~a '.repeat(5_000) + 'a~ '.repeat(5_000), tooDeep('9:193', 5_000, 'emphasis markers')],
  ['20,000 nested links', () => '['.repeat(20_000) + 'text' + '](x)'.repeat(20_000), tooDeep('9:65', 20_000, 'link brackets')],
  ['5,000 nested links with text', () => '[a '.repeat(5_000) + 'a](x) '.repeat(5_000), tooDeep('9:193', 5_000, 'link brackets')],
  // Accepted before the parse cost was bounded (each took seconds and hundreds of megabytes); refused unparsed now.
  ['20,000 unclosed emphasis openers', () => '*a **b '.repeat(20_000) + 'c', tooComplex('9:1', '1 line', 40_000)],
  ['30,000 unclosed images and links', () => '![['.repeat(30_000), tooComplex('9:1', '1 line', 90_000)],
  ['20,000 nested divs around a script', () => '<div>'.repeat(20_000) + '<script>alert(1)</script>' + '</div>'.repeat(20_000), tooComplex('9:1', '1 line', 40_002)],
  ['20,000 headings', () => Array.from({length: 20_000}, (_, n) => `## Item ${n}\n\ntext ${n}`).join('\n\n'), tooCostly(33_335)],
  [
    'a 5 MiB meeting',
    () => 'Ms Kristy Fleming presented the report.\n\n- item for the group\n\n'.repeat(90_000).slice(0, 5 * 1024 * 1024 - head.length),
    `1:1 Unexpected meeting of ${5 * 1024 * 1024} bytes, expected at most 524288 bytes (512 KiB); split it into several meetings [too-large]`
  ]
]

describe(`pathological input is refused with a positioned error within ${boundMs / 1000} s`, () => {
  it.each(refused)('%s', async (_name, make, message) => {
    const outcome = await parseInWorker(head + make())
    expect(outcome.error).toBeUndefined()
    expect(outcome.messages).toEqual([message])
    expect(outcome.items).toBeUndefined()
  }, boundMs + 30_000)
})

interface Accepted {
  items: number
  messages?: string[]
  /** Every item's HTML joined, or a check on it when it is long. */
  html: string | ((html: string) => void)
}

/** Each input parses within the bound into a meeting with exactly this HTML, inert. */
const accepted: Array<[string, () => string, Accepted]> = [
  ['64 nested block quotes (the limit)', () => '>'.repeat(64) + ' deep', {items: 1, html: (html) => expect(html.match(/<blockquote>/g)?.length).toBe(64)}],
  ['64 emphasis markers each side (the limit)', () => '_'.repeat(64) + 'x' + '_'.repeat(64), {items: 1, html: (html) => expect(html.match(/<strong>/g)?.length).toBe(32)}],
  ['100,000 backticks', () => '`'.repeat(100_000), {items: 1, html: '<pre><code></code></pre>'}],
  ['8,000 private blocks', () => '<!-- private -->secret<!-- /private -->\n\nshown\n\n'.repeat(8_000), {items: 1, html: Array.from({length: 8_000}, () => '<p>shown</p>').join('\n')}],
  ['a 400 KB word', () => 'a'.repeat(400_000), {items: 1, html: `<p>${'a'.repeat(400_000)}</p>`}],
  ['400 KB of dotted letters', () => 'a.'.repeat(200_000), {items: 1, html: `<p>${'a.'.repeat(200_000)}</p>`}],
  ['an address after a 200 KB local part', () => 'a'.repeat(200_000) + '@example.org', {items: 1, html: '<p>[e-mail withheld]</p>', messages: ['9:1 Unexpected e-mail address in the minutes, expected none; it is withheld from the archive [contact-redacted]']}],
  ['80,000 dash-joined digit groups', () => '1234-'.repeat(80_000), {items: 1, html: (html) => expect(html).toBe(`<p>${'[phone withheld]-'.repeat(16_000)}</p>`), messages: ['9:1 Unexpected phone number in the minutes, expected none; it is withheld from the archive [contact-redacted]']}],
  ['a realistic meeting just under 512 KiB', () => realisticBody(1_500), {items: 1_501, html: (html) => expect(html.match(/<blockquote>/g)?.length).toBe(1_500)}]
]

describe(`pathological input that is valid parses within ${boundMs / 1000} s into inert HTML`, () => {
  it.each(accepted)('%s', async (_name, make, expected) => {
    const outcome = await parseInWorker(head + make())
    expect(outcome.error).toBeUndefined()
    expect(outcome.messages).toEqual(expected.messages ?? [])
    expect(outcome.items).toBe(expected.items)
    const html = outcome.html ?? ''
    if (typeof expected.html === 'string') expect(html).toBe(expected.html)
    else expected.html(html)
    expect(html).not.toMatch(/<script|<div|javascript:|<!--/i)
  }, boundMs + 30_000)
})
