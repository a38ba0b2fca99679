import {describe, expect, it} from 'vitest'
import {splitNumber} from '../../src/extract/outline/numbering.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import type {AgendaItem} from '../../src/model/meeting.js'

const head = '---\ntitle: Sections\ndate: 2024-01-01\nstatus: approved\n---\n\n'

function outline(items: AgendaItem[]): unknown[] {
  return items.map((item) => [item.number ?? null, item.title, item.anchor, item.line, item.depth, outline(item.items)])
}

function parse(body: string) {
  const {meeting, messages} = parseMeeting(head + body, {path: 'meetings/2024/2024-01-01-sections.md'})
  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  return meeting!
}

describe('splitNumber', () => {
  it.each([
    ['1. Opening', {number: '1', title: 'Opening'}],
    ['4.1 Draft law', {number: '4.1', title: 'Draft law'}],
    ['Item 3: Finance', {number: '3', title: 'Finance'}],
    ['Agenda item 2 - Minutes', {number: '2', title: 'Minutes'}],
    ['IV. Other business', {number: 'IV', title: 'Other business'}],
    ['2007 budget review', {title: '2007 budget review'}],
    ['1.', {title: '1.'}]
  ])('%j', (text, expected) => {
    expect(splitNumber(text)).toEqual(expected)
  })
})

describe('agenda items from headings', () => {
  it('nests deeper headings under the shallowest level and numbers items', () => {
    const meeting = parse('## 1. Opening\n\nText.\n\n### Group 1\n\n#### Detail\n\n### Group 2\n\n## 2. Close\n')
    expect(outline(meeting.items)).toEqual([
      ['1', 'Opening', 'opening', 7, 2, [
        [null, 'Group 1', 'group-1', 11, 3, [[null, 'Detail', 'detail', 13, 4, []]]],
        [null, 'Group 2', 'group-2', 15, 3, []]
      ]],
      ['2', 'Close', 'close', 17, 2, []]
    ])
  })

  it('treats a lone level-1 heading after front matter as the document title', () => {
    const meeting = parse('# Minutes of the board\n\n## Opening\n\n## Budget\n')
    expect(meeting.items.map((item) => item.title)).toEqual(['Opening', 'Budget'])
  })

  it('keeps anchors unique and working for repeated and non-Latin titles', () => {
    const meeting = parse('## Other business\n\n## Other business\n\n## ការពិភាក្សា ទូទៅ\n\n## ???\n')
    expect(meeting.items.map((item) => item.anchor)).toEqual(['other-business', 'other-business-1', 'ការពិភាក្សា-ទូទៅ', 'item-4'])
  })

  it('keeps text before the first heading as a preamble, which is logistics, not an agenda item', () => {
    const meeting = parse('The board met in the hall.\n\n## Opening\n')
    expect(outline(meeting.items)).toEqual([[null, 'Opening', 'opening', 9, 2, []]])
    expect(meeting.logistics).toEqual([{kind: 'preamble', title: 'Preamble', heading: false, anchor: 'preamble', line: 7, depth: 2, html: '<p>The board met in the hall.</p>'}])
  })
})
