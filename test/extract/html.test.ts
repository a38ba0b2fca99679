import {readFileSync} from 'node:fs'
import type {List, Root} from 'mdast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {renderNodesHtml} from '../../src/extract/html.js'
import {extractMeeting} from '../../src/extract/meeting.js'
import {defaultConfig} from '../../src/model/config.js'
import type {AgendaItem, Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const head = '---\ntitle: Html\ndate: 2024-01-01\nstatus: approved\n---\n\n'

function parse(body: string): Meeting {
  const {meeting, messages} = parseMeeting(head + body, {path: 'meetings/2024/2024-01-01-html.md'})
  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  return meeting!
}

function flatten(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.items)])
}

function html(body: string): string {
  return parse(body).items[0]!.html
}

describe('item html on the seed meeting', () => {
  const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const {meeting} = parseMeeting(readFileSync(new URL(`../../${path}`, import.meta.url)), {path})
  const items = flatten(meeting!.items)
  const byAnchor = (anchor: string) => items.find((item) => item.anchor === anchor)!

  it('renders an item\'s own content without its heading', () => {
    expect(byAnchor('review-and-adoption-of-agenda').html).toBe('<p>The agenda was adopted without amendment.</p>')
  })

  it('leaves sub-items out of the parent and gives each its own html', () => {
    expect(byAnchor('reports-back-from-small-group-discussions').html).toBe('')
    expect(byAnchor('group-4').html).toBe(
      [
        '<ul>',
        '<li>Investigative research on the cycle of trafficking – working with the police for this</li>',
        '<li>Combined database on trafficking so that we can see progress from year to year</li>',
        '<li>When workers are migrating through recruitment agencies better tracing systems</li>',
        '<li>Centres of information for those migrating from rural to urban areas</li>',
        '</ul>'
      ].join('\n')
    )
  })

  it('renders an empty item as an empty string', () => {
    expect(byAnchor('coffee-break').html).toBe('')
    // "Meeting Closed" is logistics (the end of the meeting), kept on the page in its place.
    expect(meeting.logistics.find((part) => part.anchor === 'meeting-closed')).toMatchObject({kind: 'schedule', html: ''})
  })

  it('keeps the ordered list, bold lead-ins and redaction', () => {
    expect(byAnchor('small-group-discussions-on-coordination-needs-and-recommendations').html).toContain('<ol>\n<li>What are')
    expect(byAnchor('presentation-on-an-assessment-of-trafficking-in-svay-rieng-province').html).toContain(
      '<p><strong>Prevention</strong></p>'
    )
    const other = byAnchor('other-business').html
    expect(other).toContain('<p>For further information contact Helen Sworn on [e-mail withheld]</p>')
    expect(JSON.stringify(meeting)).not.toContain('helen.sworn@chabdai.org')
  })
})

describe('sanitising', () => {
  it('drops raw HTML, comments and event handlers, and keeps the text between tags', () => {
    expect(html('## A\n\nHi <script>alert(1)</script> <img src=x onerror="alert(1)"> <b onclick="x">bold</b>\n\n<!-- note -->\n\n<div onmouseover="x">block</div>\n')).toBe(
      '<p>Hi alert(1)  bold</p>'
    )
  })

  it('strips javascript:, vbscript: and data: targets but keeps safe links', () => {
    expect(
      html(
        '## A\n\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox) ![d](data:image/png;base64,AAAA) [e](https://example.org "T") [f](#later) [g](/relative)\n'
      )
    ).toBe(
      '<p><a>a</a> <a>b</a> <a>c</a> <img alt="d"> <a href="https://example.org" title="T">e</a> <a href="#later">f</a> <a href="/relative">g</a></p>'
    )
  })

  it('keeps entities as text and escapes what must be escaped', () => {
    expect(html('## A\n\n&lt;script&gt; &amp; &copy; 1 < 2\n')).toBe('<p>&#x3C;script> &#x26; © 1 &#x3C; 2</p>')
  })

  it('renders GFM: tables, task lists, strikethrough and autolinks', () => {
    expect(html('## A\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ www.example.org\n')).toBe(
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th>a</th>',
        '<th>b</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td>1</td>',
        '<td>2</td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" checked disabled aria-label="Done"> done</li>',
        '</ul>',
        '<p><del>old</del> <a href="http://www.example.org">www.example.org</a></p>'
      ].join('\n')
    )
  })

  it('sanitises a tree handed to the renderer directly, even one with raw HTML nodes', () => {
    expect(
      renderNodesHtml([
        {type: 'html', value: '<script>alert(1)</script>'},
        {type: 'paragraph', children: [{type: 'link', url: 'javascript:alert(1)', children: [{type: 'text', value: 'x'}]}]}
      ])
    ).toBe('<p><a>x</a></p>')
  })
})

describe('definitions and footnotes', () => {
  it('resolves a link reference defined in another item', () => {
    const meeting = parse('## A\n\nSee [the report][r].\n\n## B\n\n[r]: https://example.org/report\n')
    expect(meeting.items[0]!.html).toBe('<p>See <a href="https://example.org/report">the report</a>.</p>')
    expect(meeting.items[1]!.html).toBe('')
  })

  it('renders footnotes inside the item that cites them, with ids unique across items', () => {
    const meeting = parse('## A\n\nOne[^n].\n\n## B\n\nTwo[^n].\n\n[^n]: The note.\n')
    expect(meeting.items[0]!.html).toBe(
      [
        '<p>One<sup><a href="#user-content-fn-a-n" id="user-content-fnref-a-n" data-footnote-ref aria-describedby="user-content-a-footnote-label">1</a></sup>.</p>',
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="user-content-a-footnote-label">Footnotes</h2>',
        '<ol>',
        '<li id="user-content-fn-a-n">',
        '<p>The note. <a href="#user-content-fnref-a-n" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>',
        '</li>',
        '</ol>',
        '</section>'
      ].join('\n')
    )
    expect(meeting.items[1]!.html).toContain('<li id="user-content-fn-b-n">')
    expect(meeting.items[1]!.html).toContain('id="user-content-b-footnote-label"')
  })

  it('leaves the parsed tree untouched by the footnote relabelling (parsing twice gives the same html)', () => {
    const body = '## A\n\nOne[^n].\n\n[^n]: The note.\n'
    expect(parse(body).items[0]!.html).toBe(parse(body).items[0]!.html)
  })
})

describe('nesting deeper than the call stack', () => {
  it('extracts with explicit stacks, and renders the item as plain text with a message', () => {
    // parseMeeting refuses such nesting before extraction; the extractors must still not overflow on their own.
    let list: List = {type: 'list', children: [{type: 'listItem', children: [{type: 'paragraph', children: [{type: 'text', value: 'deepest'}]}]}]}
    for (let level = 0; level < 20_000; level++) {
      list = {
        type: 'list',
        children: [{type: 'listItem', children: [{type: 'paragraph', children: [{type: 'text', value: `level ${level}`}]}, list]}]
      }
    }
    const tree: Root = {type: 'root', children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'Deep'}]}, list]}
    const file = new VFile({path: 'deep.md'})
    const frontMatter = {title: 'Deep', date: '2024-01-01', status: 'approved' as const, attendees: [], apologies: [], closes: [], tags: []}
    const item = extractMeeting(tree, file, frontMatter, defaultConfig).meeting.items[0]!
    expect(item.points).toHaveLength(20_001)
    expect(item.points.slice(0, 2)).toEqual(['level 19999', 'level 19998'])
    expect(item.points.at(-1)).toBe('deepest')
    expect(item.html.startsWith('<p>level 19999 level 19998 ')).toBe(true)
    expect(item.html.endsWith(' level 0 deepest</p>')).toBe(true)
    expect(file.messages.map(String)).toEqual([
      'deep.md:1:1: Unexpected nesting too deep to render, expected fewer levels of lists or quotes; the item is shown as plain text'
    ])
    expect(file.messages[0]!.ruleId).toBe('item-too-deep')
  })
})
