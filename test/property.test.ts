/**
 * Property tests: random Markdown built from ordinary and hostile fragments, under random front matter.
 * Parsing never throws, the HTML of every item is safe, and everything extracted points at a real item and line.
 */
import type {Element, Root as HastRoot} from 'hast'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {extractMeeting} from '../src/extract/meeting.js'
import {defaultConfig} from '../src/model/config.js'
import type {AgendaItem, Meeting} from '../src/model/meeting.js'
import {parseMeeting} from '../src/extract/parse-meeting.js'

const hostileInline = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](java&#x73;cript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '![x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '<!-- comment -->',
  '<!-- private -->secret<!-- /private -->',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{}</style>',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '&amp;',
  '&#x6A;avascript:',
  '***nested _emphasis **deep** here_***',
  '`<script>`',
  '[ref][r]',
  'note[^n]',
  'www.example.org',
  'helen.sworn@chabdai.org',
  '+855 12 345 678',
  'Mr. Dara Sok to circulate the draft by 20 June 2007.',
  'The agenda was adopted.',
  '**Group 1**',
  'would like to add:'
]

const plainWords = ['the', 'Group', 'agenda', 'was', 'adopted', 'to', 'by', '2007-07-01', 'Ms', 'Fleming', '?', ':', '—', 'ចាប់ដៃ']

const inline = fc.oneof(
  fc.constantFrom(...hostileInline),
  fc.constantFrom(...plainWords),
  fc.string({maxLength: 20}),
  fc.string({unit: 'grapheme', maxLength: 12})
)

const line = fc.array(inline, {minLength: 1, maxLength: 6}).map((parts) => parts.join(' '))

const block = fc.oneof(
  line,
  line.map((text) => `## ${text}`),
  line.map((text) => `### ${text}`),
  line.map((text) => `- ${text}`),
  line.map((text) => `- [ ] ${text}`),
  line.map((text) => `- [x] ${text}`),
  line.map((text) => `1) ${text}`),
  line.map((text) => `  - ${text}`),
  line.map((text) => `> ${text}`),
  line.map((text) => `**${text}**`),
  line.map((text) => `ACTION: ${text}`),
  line.map((text) => `Decision: ${text}`),
  line.map((text) => `Recommendation: ${text}`),
  line.map((text) => `| ${text} | b |\n| - | - |\n| 1 | 2 |`),
  line.map((text) => `\`\`\`\n${text}\n\`\`\``),
  line.map((text) => `<div onclick="alert(1)">\n${text}\n</div>`),
  fc.constant('[r]: javascript:alert(1)'),
  fc.constant('[r]: https://example.org'),
  fc.constant('[^n]: A note with <script>alert(1)</script> and [x](javascript:alert(1))'),
  fc.constant('<!-- private -->'),
  fc.constant('<!-- /private -->'),
  fc.constant('---'),
  fc.constant('')
)

const body = fc.array(block, {maxLength: 25}).map((blocks) => blocks.join('\n\n'))

/** A front matter value: sometimes JSON-quoted (always valid YAML), sometimes raw, so both paths run. */
const value = fc.oneof(
  fc.string({maxLength: 30}).map((text) => JSON.stringify(text)),
  fc.string({maxLength: 30}),
  fc.constantFrom('2007-02-28', '2007-02-30', '10:30', 'approved', 'draft', '[a, b]', '{name: X}', '!!js/function "x"', '*anchor', '&a x')
)

/** Front matter that validates, with random (JSON-quoted, so valid YAML) text in its free fields. */
const validFrontMatter = fc
  .record(
    {
      title: fc.string({minLength: 1, maxLength: 30}).filter((text) => text.trim() !== ''),
      date: fc.constantFrom('2007-02-28', '2024-02-29', '1999-12-31'),
      status: fc.constantFrom('approved', 'draft'),
      series: fc.string({maxLength: 30}),
      location: fc.string({maxLength: 30})
    },
    {requiredKeys: ['title', 'date', 'status']}
  )
  .map((record) => `---\n${Object.entries(record).map(([key, text]) => `${key}: ${JSON.stringify(text)}`).join('\n')}\n---\n\n`)

/** Front matter with random values and keys, mostly invalid: the parse must report, not throw. */
const randomFrontMatter = fc
  .record(
    {
      title: value,
      date: fc.oneof(fc.constant('2007-02-28'), value),
      status: fc.oneof(fc.constantFrom('approved', 'draft'), value),
      series: value,
      chair: value,
      location: value,
      unknown: value
    },
    {requiredKeys: ['title', 'date']}
  )
  .map((record) => `---\n${Object.entries(record).map(([key, text]) => `${key}: ${text}`).join('\n')}\n---\n\n`)

const document = fc.oneof(
  {weight: 6, arbitrary: fc.tuple(validFrontMatter, body).map(([head, text]) => head + text)},
  {weight: 2, arbitrary: fc.tuple(randomFrontMatter, body).map(([head, text]) => head + text)},
  {weight: 1, arbitrary: fc.tuple(fc.string({maxLength: 40}), body).map(([head, text]) => head + text)},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('---js\n', '---\n', '\n---\n'), body).map(([head, text]) => head + text)}
)

const htmlParser = unified().use(rehypeParse, {fragment: true})

function flatten(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.items)])
}

/** What makes HTML unsafe, found by parsing it back rather than by reading the string. */
function unsafeParts(html: string): string[] {
  const problems: string[] = []
  if (/<script/i.test(html)) problems.push('`<script`')
  if (html.includes('<!--')) problems.push('a comment')
  // Outside attribute values `<` is always escaped, so a tag-shaped match is a real tag.
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) problems.push('an `on…=` attribute')
  const tree = htmlParser.parse(html) as HastRoot
  visit(tree, (node) => {
    if (node.type === 'comment') problems.push('a comment node')
    if (node.type !== 'element') return
    const element = node as Element
    if (['script', 'style', 'iframe', 'svg', 'object', 'embed'].includes(element.tagName)) problems.push(`<${element.tagName}>`)
    for (const [key, property] of Object.entries(element.properties)) {
      if (/^on/i.test(key)) problems.push(`handler ${key}`)
      const text = Array.isArray(property) ? property.join(' ') : String(property)
      if (/^\s*(?:javascript|vbscript|data):/i.test(text)) problems.push(`${key}=${text}`)
    }
  })
  return problems
}

function checkMeeting(meeting: Meeting, source: string): void {
  const items = flatten(meeting.items)
  const anchors = new Set(items.map((item) => item.anchor))
  expect(anchors.size).toBe(items.length)
  const everyAnchor = new Set([...anchors, ...meeting.logistics.map((part) => part.anchor)])
  expect(everyAnchor.size).toBe(items.length + meeting.logistics.length)
  const lines = source.split('\n').length
  for (const item of items) {
    // `javascript:` may show as escaped text (a code block quoting an attack); it must never be a URL.
    expect(unsafeParts(item.html), item.html).toEqual([])
    for (const found of [...item.decisions, ...item.actions, ...item.recommendations]) expect(found.item).toBe(item.anchor)
    for (const point of item.points) expect(point).toBe(point.replace(/\s+/g, ' ').trim())
  }
  for (const part of meeting.logistics) expect(unsafeParts(part.html), part.html).toEqual([])
  for (const found of [...meeting.decisions, ...meeting.actions, ...meeting.recommendations]) {
    // Every extraction sits on an item or a logistics section of this meeting, on a line of the file.
    expect(everyAnchor.has(found.item)).toBe(true)
    expect(found.line).toBeGreaterThanOrEqual(1)
    expect(found.line).toBeLessThanOrEqual(lines)
    expect(found.text).not.toBe('')
  }
  const byPlace = <T extends {line: number; text: string}>(list: T[]): T[] => [...list].sort((a, b) => a.line - b.line || (a.text < b.text ? -1 : 1))
  const onItems = <T extends {item: string; line: number; text: string}>(list: T[]): T[] => byPlace(list.filter((found) => anchors.has(found.item)))
  expect(onItems(meeting.decisions)).toEqual(byPlace(items.flatMap((item) => item.decisions)))
  expect(onItems(meeting.actions)).toEqual(byPlace(items.flatMap((item) => item.actions)))
  expect(onItems(meeting.recommendations)).toEqual(byPlace(items.flatMap((item) => item.recommendations)))
  expect(JSON.stringify(meeting)).not.toContain('helen.sworn@chabdai.org')
}

describe('random minutes', () => {
  it('never throw, and give safe HTML and well-placed extractions', () => {
    let meetings = 0
    fc.assert(
      fc.property(document, (source) => {
        const {meeting} = parseMeeting(source, {path: 'meetings/2007/2007-02-28-random.md'})
        if (meeting) {
          meetings++
          checkMeeting(meeting, source)
        }
      }),
      {numRuns: 200, seed: 20070228}
    )
    // Enough runs get past the front matter for the HTML checks to mean something.
    expect(meetings).toBeGreaterThan(40)
  })

  it('give the same result when parsed twice', () => {
    fc.assert(
      fc.property(document, (source) => {
        const first = parseMeeting(source, {path: 'meetings/2007/2007-02-28-random.md'})
        const second = parseMeeting(source, {path: 'meetings/2007/2007-02-28-random.md'})
        expect(JSON.stringify(second.meeting)).toBe(JSON.stringify(first.meeting))
        expect(second.messages.map(String)).toEqual(first.messages.map(String))
      }),
      {numRuns: 50, seed: 20070228}
    )
  })

  it('flags HTML that would be unsafe (the checker itself works)', () => {
    expect(unsafeParts('<p><a href="javascript:alert(1)" onclick="x">x</a></p><!-- c --><script></script>')).toEqual([
      '`<script`',
      'a comment',
      'an `on…=` attribute',
      'href=javascript:alert(1)',
      'handler onClick',
      'a comment node',
      '<script>'
    ])
  })
})

describe('large minutes', () => {
  it('parse a meeting of over a hundred kilobytes with many items', () => {
    // Kept moderate: the Markdown parse dominates the time on list-heavy documents; the 5 MB test below covers
    // the extractors alone.
    const item = (index: number) =>
      `## Item ${index}\n\nMr. Dara Sok to circulate the draft by 20 June 2007. The agenda was adopted. ${'Lorem ipsum dolor sit amet. '.repeat(4)}\n\n**Group ${index}**\n\nThey would like to add:\n\n- Better data\n  - nested detail\n- [ ] Secretariat to compile by 2007-07-01\n\nOther remarks:\n\n- Tea\n\n`
    const source = `---\ntitle: Large\ndate: 2007-02-28\nstatus: approved\n---\n\n${Array.from({length: 300}, (_, index) => item(index)).join('')}`
    expect(source.length).toBeGreaterThan(100_000)
    const {meeting} = parseMeeting(source, {path: 'meetings/2007/2007-02-28-large.md'})
    expect(meeting!.items).toHaveLength(300)
    expect(meeting!.decisions).toHaveLength(300)
    expect(meeting!.actions).toHaveLength(600)
    expect(meeting!.recommendations).toHaveLength(600)
    // Item 299 starts on line 7 + 16 * 299; its nested list item is 9 lines further down.
    expect(meeting!.recommendations[599]).toEqual({text: 'nested detail', group: 'Group 299', item: 'item-299', line: 4800})
    expect(meeting!.items[299]!.points).toEqual(['Tea'])
  })

  it('extract from 5 MB of hostile shapes in one item: long paragraphs, marker runs, one huge list item', () => {
    // The Markdown parser is bypassed (its own cost is not ours to test); the extractors get the tree directly.
    const text = (value: string) => ({type: 'text' as const, value})
    const paragraph = (value: string) => ({type: 'paragraph' as const, children: [text(value)]})
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'heading', depth: 2, children: [text('Recommendations')], position: {start: {line: 1, column: 1}, end: {line: 1, column: 19}}},
        paragraph('Mr. Dr. K. to to by due 20 June The agenda was adopted. '.repeat(25_000)),
        paragraph('ACTION: Dara Sok to circulate the draft by 1 July 2007.\n'.repeat(25_000)),
        paragraph('by '.repeat(300_000) + 'was was the meeting '.repeat(50_000)),
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [{type: 'listItem', spread: false, children: [paragraph('Secretariat — compile Mr. Dr. the agenda was '.repeat(25_000))]}]
        }
      ]
    }
    const frontMatter = {title: 'Large', date: '2007-02-28', status: 'approved' as const, attendees: [], apologies: [], closes: [], tags: []}
    const item = extractMeeting(tree, new VFile(), frontMatter, defaultConfig).meeting.items[0]!
    expect(item.decisions).toHaveLength(25_000)
    expect(item.actions).toHaveLength(25_000)
    expect(item.actions[24_999]).toEqual({
      text: 'Dara Sok to circulate the draft by 1 July 2007.',
      owner: 'Dara Sok',
      due: '2007-07-01',
      done: false,
      item: 'recommendations',
      line: 1
    })
    expect(item.recommendations).toHaveLength(1)
    expect(item.html.length).toBeGreaterThan(5_000_000)
  })
})
