/**
 * The per-meeting outputs may be made from the renderer's sanitised trees instead of parsing each item's HTML
 * back. These tests show both routes give the same bytes: on random Markdown full of the shapes that make an HTML
 * parser rebuild a tree, and on named cases of each shape.
 */
import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseFile} from '../../src/build/parse-pool.js'
import {serializeResult} from '../../src/build/serialized-result.js'
import {flattenItems} from '../../src/archive/types.js'
import {defaultConfig} from '../../src/model/config.js'
import type {AgendaItem} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {parseItemHtml, reparsedTree} from '../../src/render/item-tree.js'
import {meetingOutputs} from '../../src/render/meeting-outputs.js'

const path = 'meetings/2007/2007-02-28-random.md'
const frontMatter = '---\ntitle: Random\ndate: 2007-02-28\nstatus: approved\n---\n\n'

/** A tree as data: no positions or parser data, and properties as the HTML would spell them (true as ``). */
function shape(node: HastNodes): unknown {
  if (node.type === 'text') return {text: node.value}
  if (node.type === 'root') return {root: node.children.map(shape)}
  if (node.type === 'element') {
    const properties = Object.entries(node.properties)
      .filter(([, value]) => value !== false && value !== null && value !== undefined)
      .map(([key, value]) => [key, value === true ? '' : value])
    return {tag: node.tagName, properties: Object.fromEntries(properties), children: node.children.map(shape)}
  }
  return {other: node.type}
}

/** Parses `source` keeping the trees, and checks every item's and logistics section's tree against the parse of its HTML. */
function check(source: string): {taken: number; refused: number; items: AgendaItem[]} {
  const result = parseMeeting(source, {path, keepItemTrees: true})
  const meeting = result.meeting
  if (!meeting) return {taken: 0, refused: 0, items: []}
  const items = flattenItems(meeting.items)
  let taken = 0
  let refused = 0
  for (const item of [...items, ...meeting.logistics]) {
    const tree = result.itemTrees?.get(item)
    if (tree === undefined) {
      expect(item.html).toBe('')
      continue
    }
    const rebuilt = reparsedTree(tree)
    if (rebuilt === undefined) {
      refused++
    } else {
      taken++
      expect(shape(rebuilt), item.html).toEqual(shape(parseItemHtml(item.html)))
    }
  }
  // The real promise: the same bytes as working the outputs out from the Meeting alone.
  const fast = meetingOutputs(meeting, result.itemTrees)
  const reference = meetingOutputs(meeting)
  expect(fast.markdown).toBe(reference.markdown)
  expect(fast.itemTexts).toEqual(reference.itemTexts)
  return {taken, refused, items}
}

const inline = fc.oneof(
  fc.constantFrom(
    'plain words',
    'Ms Fleming',
    'ចាប់ដៃ',
    '**bold**',
    '_em_',
    '***both***',
    '~~gone~~',
    '`code`',
    '`` a ` b ``',
    '[link](https://example.org "a title")',
    '[link](https://example.org "two\r\nlines")',
    '[link](<https://example.org/a b>)',
    '![an image](https://example.org/i.png "t")',
    '![](https://example.org/i.png)',
    '![alt *em*](x.png)',
    '<https://example.org/auto>',
    'www.example.org',
    'https://example.org/path?q=1&r=2.',
    'note[^n]',
    'other[^m]',
    '[in a link[^n]](https://example.org)',
    '[**[nested](https://b.example)**](https://a.example)',
    '[ref][r]',
    '[ref]',
    'hard  \nbreak',
    'back\\\nslash break',
    '<b>raw</b>',
    '<a href="https://x.example">raw link</a>',
    '<!-- comment -->',
    '<input type="checkbox" checked>',
    '&amp; &lt; &gt; &quot; &nbsp; &copy;',
    '&#13;carriage',
    '&#0;nul',
    '&#x2028;separator',
    '\u00a0nbsp\u00a0',
    '\u3000ideographic\u3000',
    '\ufeffbom',
    'tab\there',
    'form\ffeed',
    'a\rb',
    '* not a list',
    '\\* escaped',
    '1\\. escaped',
    '#',
    '|',
    '<',
    '&',
    '_',
    '~'
  ),
  fc.string({maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 8}),
  fc.string({unit: 'binary', maxLength: 6})
)

const line = fc.array(inline, {minLength: 1, maxLength: 5}).map((parts) => parts.join(' '))

const block = fc.oneof(
  line,
  line.map((text) => `## ${text}`),
  line.map((text) => `### ${text}`),
  line.map((text) => `${text}\n---`),
  line.map((text) => `- ${text}`),
  line.map((text) => `- ${text}\n- ${text}`),
  line.map((text) => `- ${text}\n\n- loose`),
  line.map((text) => `- ${text}\n  - nested\n    - deeper`),
  line.map((text) => `- [ ] ${text}\n- [x] done`),
  line.map((text) => `3. ${text}\n4. next`),
  line.map((text) => `1) ${text}`),
  line.map((text) => `- ## ${text}`),
  line.map((text) => `- > ${text}`),
  line.map((text) => `> ${text}\n> - item`),
  line.map((text) => `> > ${text}`),
  line.map((text) => `| ${text} | b |\n| :- | -: |\n| 1 | ${text} |`),
  line.map((text) => `| ${text} |\n| --- |`),
  line.map((text) => `- | a |\n  | - |\n  | ${text} |`),
  line.map((text) => `\`\`\`js\n${text}\n\`\`\``),
  line.map((text) => `\`\`\`\n\n${text}\r\nx\n\`\`\``),
  line.map((text) => `~~~\n${text}\n~~~`),
  line.map((text) => `    ${text}`),
  line.map((text) => `<div>\n${text}\n</div>`),
  line.map((text) => `<table><tr><td>${text}</td></tr></table>`),
  line.map((text) => `[^n]: ${text}`),
  line.map((text) => `[^m]: ${text}\n\n    more of it`),
  fc.constant('[r]: https://example.org/ref "Ref"'),
  fc.constant('***'),
  fc.constant('')
)

const body = fc
  .tuple(fc.array(block, {maxLength: 14}), fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\n\n\n'))
  .map(([blocks, separator]) => blocks.join(separator))

describe('outputs from the renderer’s trees', () => {
  it('equal the outputs from parsing the HTML back, on random Markdown', () => {
    let taken = 0
    let refused = 0
    fc.assert(
      fc.property(body, (text) => {
        // The same content under an agenda item and under a logistics heading (`Next meeting`).
        const counts = check(`${frontMatter}## Opening\n\n${text}\n\n## Next meeting\n\n${text}\n`)
        taken += counts.taken
        refused += counts.refused
      }),
      {numRuns: 300, seed: 20070228}
    )
    // Most trees are taken as they are; a few (a link inside a link) go the HTML route.
    expect(taken).toBeGreaterThan(600)
    expect(refused).toBeGreaterThan(0)
    expect(refused).toBeLessThan(taken / 20)
  })

  it('take a tree with tables, task lists, footnotes, code and line-ending quirks as it is', () => {
    const {taken, refused, items} = check(
      `${frontMatter}## One\n\n| a | b |\n| :- | -: |\n| 1 | 2 |\n\n- [ ] open\n- [x] done\n\nSee[^n] &#13;here.\r\n\r\n\`\`\`\r\nline\r\n\`\`\`\r\n\r\n[^n]: A note.\n`
    )
    expect([taken, refused]).toEqual([1, 0])
    expect(items.map((item) => item.anchor)).toEqual(['one'])
  })

  it('take a logistics section’s tree too, for the Markdown', () => {
    const source = `${frontMatter}## One\n\nText.\n\n## Next meeting\n\n\`\`\`\r\nThursday\r\n\`\`\`\r\n`
    const result = parseMeeting(source, {path, keepItemTrees: true})
    const logistics = result.meeting!.logistics
    expect(logistics.map((part) => part.kind)).toEqual(['next-meeting'])
    expect(result.itemTrees?.has(logistics[0]!)).toBe(true)
    expect(check(source)).toMatchObject({taken: 2, refused: 0})
    expect(meetingOutputs(result.meeting!, result.itemTrees).markdown).toContain('## Next meeting\n\n```\nThursday\n```')
  })

  it('refuse a link inside a link (the HTML parser splits it) and still give the same outputs', () => {
    const source = `${frontMatter}## One\n\n[text[^n]](https://example.org)\n\n[^n]: A note.\n`
    const result = parseMeeting(source, {path, keepItemTrees: true})
    const item = result.meeting!.items[0]!
    expect(item.html.startsWith('<p><a href="https://example.org">text<sup><a href="#user-content-fn-one-n"')).toBe(true)
    expect(reparsedTree(result.itemTrees!.get(item)!)).toBeUndefined()
    expect(check(source)).toMatchObject({taken: 0, refused: 1})
  })

  it('refuse rows outside a table section and text among rows', () => {
    const row = {type: 'element', tagName: 'tr', properties: {}, children: []} as const
    const table = (children: HastRoot['children']): HastRoot => ({
      type: 'root',
      children: [{type: 'element', tagName: 'table', properties: {}, children: children as never}]
    })
    expect(reparsedTree(table([row]))).toBeUndefined()
    expect(reparsedTree(table([{type: 'text', value: 'x'}]))).toBeUndefined()
    expect(reparsedTree(table([{type: 'text', value: '\n'}]))).toEqual(table([{type: 'text', value: '\n'}]))
  })

  it('trim the fragment’s ends, merge neighbouring text and normalise line ends as the parser does', () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        {type: 'text', value: '\n '},
        {type: 'element', tagName: 'p', properties: {title: 'a\r\nb', hidden: false}, children: [{type: 'text', value: 'x\r'}, {type: 'text', value: ''}, {type: 'text', value: 'y'}]},
        {type: 'text', value: '\n'}
      ]
    }
    expect(reparsedTree(tree)).toEqual({
      type: 'root',
      children: [{type: 'element', tagName: 'p', properties: {title: 'a\nb'}, children: [{type: 'text', value: 'x\ny'}]}]
    })
  })

  it('gives parseFile the same outputs as the Meeting alone', () => {
    const source = `${frontMatter}## One\n\nThe agenda was adopted[^n].\n\n### Group 1\n\n- More data\n\n[^n]: By all.\n`
    const fast = parseFile({path, bytes: new TextEncoder().encode(source)}, defaultConfig)
    const result = parseMeeting(source, {path})
    expect(fast).toEqual(serializeResult(path, result, meetingOutputs(result.meeting!)))
    expect(fast.outputs?.itemTexts).toEqual(['The agenda was adopted1. Footnotes By all. ↩', 'More data'])
  })
})
