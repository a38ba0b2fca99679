import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cueSetFor} from '../../src/text/languages/index.js'
import {splitSentences} from '../../src/extract/text/sentences.js'
import type {AgendaItem, Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

// Six lines of front matter and a blank line: the body's first line is line 7 of the file.
const head = '---\ntitle: Decisions\ndate: 2024-01-01\nstatus: approved\n---\n\n'

function parse(body: string): Meeting {
  const {meeting, messages} = parseMeeting(head + body, {path: 'meetings/2024/2024-01-01-decisions.md'})
  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  return meeting!
}

function texts(meeting: Meeting): string[] {
  return meeting.decisions.map((decision) => decision.text)
}

function find(items: AgendaItem[], anchor: string): AgendaItem {
  for (const item of items) {
    if (item.anchor === anchor) return item
    const found = item.items.find((child) => child.anchor === anchor)
    if (found) return found
  }
  throw new Error(`no item ${anchor}`)
}

describe('decisions on the seed meeting', () => {
  const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const {meeting} = parseMeeting(readFileSync(new URL(`../../${path}`, import.meta.url)), {path})

  it('finds exactly the three decisions, each on its item and line', () => {
    expect(meeting!.decisions).toEqual([
      {text: 'The agenda was adopted without amendment.', item: 'review-and-adoption-of-agenda', line: 18},
      {text: 'The minutes were adopted without further amendment.', item: 'review-and-adoption-of-minutes', line: 22},
      {
        text: 'John McGeoghan from IOM was adopted as Chair of Stakeholder Meeting for the remaining meetings of 2007.',
        item: 'introduction-to-new-chairperson-of-stakeholder-meeting-for-2007',
        line: 26
      }
    ])
  })

  it('puts each decision on its agenda item as well', () => {
    expect(find(meeting!.items, 'review-and-adoption-of-agenda').decisions).toHaveLength(1)
    expect(find(meeting!.items, 'group-3').decisions).toEqual([])
  })
})

describe('explicit decision markers', () => {
  it.each([
    ['Decision: The group will submit joint comments.', 'The group will submit joint comments.'],
    ['**Decision:** The group will submit joint comments.', 'The group will submit joint comments.'],
    ['**Decision**: The group will submit joint comments.', 'The group will submit joint comments.'],
    ['Agreed: The next meeting moves to the UNICEF office.', 'The next meeting moves to the UNICEF office.'],
    ['Resolved: That the report be published.', 'That the report be published.'],
    ['RESOLVED: That the report be published.', 'That the report be published.'],
    ['Resolution: Funds go to the shelter.', 'Funds go to the shelter.'],
    ['Conclusion: Stage 3.', 'Stage 3.'],
    ['- Decision: Keep the current chair.', 'Keep the current chair.'],
    ['* **Agreed:** Meet monthly.', 'Meet monthly.']
  ])('%j', (line, text) => {
    expect(parse(`## Item\n\n${line}\n`).decisions).toEqual([{text, item: 'item', line: 9}])
  })

  it('keeps future and modal text after a marker: the marker is what makes it a decision', () => {
    expect(texts(parse('## Item\n\nDecision: The law will be adopted next year.\n'))).toEqual([
      'The law will be adopted next year.'
    ])
  })

  it('reads several marker lines of one paragraph as separate decisions on their own lines', () => {
    const meeting = parse('## Item\n\nDecision: First thing.\nAgreed: Second thing\ncontinued here.\n')
    expect(meeting.decisions).toEqual([
      {text: 'First thing.', item: 'item', line: 9},
      {text: 'Second thing continued here.', item: 'item', line: 10}
    ])
  })

  it('records "Motion carried" as a decision', () => {
    expect(parse('## Vote\n\nThe chair called the vote. Motion carried.\n').decisions).toEqual([
      {text: 'Motion carried.', item: 'vote', line: 9, outcome: 'carried'}
    ])
  })

  it('makes the items of a list after a marker-only lead-in decisions', () => {
    expect(texts(parse('## Item\n\n**Decisions:**\n\n- Meet monthly\n- Keep the chair\n'))).toEqual([
      'Meet monthly',
      'Keep the chair'
    ])
  })

  it('makes the items of a list under a "Decisions" heading decisions', () => {
    expect(texts(parse('## Decisions\n\n- Meet monthly\n- Keep the chair\n'))).toEqual(['Meet monthly', 'Keep the chair'])
  })
})

describe('decisions in prose', () => {
  it('takes the whole sentence, on the line it starts, from a longer paragraph', () => {
    const meeting = parse(
      '## Budget\n\nThe treasurer presented the accounts. After some discussion\nthe budget was unanimously approved for 2024. Questions followed.\n'
    )
    expect(meeting.decisions).toEqual([
      {text: 'After some discussion the budget was unanimously approved for 2024.', unanimous: true, item: 'budget', line: 9}
    ])
  })

  it.each([
    'The agenda was adopted without amendment.',
    'The minutes were approved with one correction.',
    'John McGeoghan from IOM was endorsed as Chair.',
    'The terms of reference were accepted.',
    'The protocol was ratified by all members.',
    'It was agreed that the group meets in August.',
    'It was resolved to write to the Ministry.',
    'The meeting agreed to postpone the visit.',
    'Members unanimously decided to meet monthly.',
    'The proposal was not accepted.',
    'Mr. Yim Po was adopted as Vice-Chair.'
  ])('%j is a decision', (sentence) => {
    expect(texts(parse(`## Item\n\n${sentence}\n`))).toEqual([sentence])
  })

  it.each([
    'Anti-trafficking law to be adopted.',
    'The plan should be adopted this year.',
    'The report will be approved at the next meeting.',
    'Was the agenda adopted?',
    'If the minutes were approved, the chair would sign them.',
    'The group discussed whether the law should be adopted this year.',
    'The draft has been sent to the Ministry.'
  ])('%j is not a decision', (sentence) => {
    expect(texts(parse(`## Item\n\n${sentence}\n`))).toEqual([])
  })

  it('turns "The meeting agreed the following:" into a lead-in for the list, not a decision of its own', () => {
    expect(texts(parse('## Item\n\nThe meeting agreed the following:\n\n- Meet monthly\n- Rotate the venue\n'))).toEqual([
      'Meet monthly',
      'Rotate the venue'
    ])
  })

  it('finds a prose decision in a list item outside recommendation lists, with the whole item as text', () => {
    const meeting = parse('## Item\n\n- The agenda was adopted without amendment\n- Tea was served\n')
    expect(meeting.decisions).toEqual([{text: 'The agenda was adopted without amendment', item: 'item', line: 9}])
    expect(meeting.items[0]!.points).toEqual(['Tea was served'])
  })

  it('leaves items of a recommendations list to the recommendations, even when they read as decisions', () => {
    const meeting = parse('## Recommendations\n\n- The law was adopted too slowly\n')
    expect(meeting.decisions).toEqual([])
    expect(meeting.recommendations.map((recommendation) => recommendation.text)).toEqual(['The law was adopted too slowly'])
  })

  it('gives a decision in a sub-item the anchor of the sub-item', () => {
    const meeting = parse('## Reports\n\n### Finance\n\nThe accounts were approved.\n')
    expect(meeting.decisions).toEqual([{text: 'The accounts were approved.', item: 'finance', line: 11}])
  })
})

const records = cueSetFor('en').records
const matchMarker = (text: string) => records.marker(text)
const isDecisionSentence = (text: string) => records.isDecision(text)

describe('text helpers for decisions', () => {
  it('splits sentences without breaking at honorifics, initials, page numbers or lower-case continuations', () => {
    expect(
      splitSentences('Mr. Yim Po presented. K. Fleming agreed, e.g. today. See p. 4 now. Is it? Yes! សួស្តី។ បាទ').map(
        (sentence) => sentence.text.trim()
      )
    ).toEqual(['Mr. Yim Po presented.', 'K. Fleming agreed, e.g. today.', 'See p. 4 now.', 'Is it?', 'Yes!', 'សួស្តី។', 'បាទ'])
  })

  it('reads markers only at the start', () => {
    expect(matchMarker('Decision: go')).toEqual({kind: 'decision', rest: 'go'})
    expect(matchMarker('ACTION: go')).toEqual({kind: 'action', rest: 'go'})
    expect(matchMarker('Recommendation: go')).toEqual({kind: 'recommendation', rest: 'go'})
    expect(matchMarker('The Decision: go')).toBeUndefined()
  })

  it('refuses questions and conditions', () => {
    expect(isDecisionSentence('Were the minutes approved?')).toBe(false)
    expect(isDecisionSentence('Unless the plan was approved, nothing moves.')).toBe(false)
    expect(isDecisionSentence('The plan was approved.')).toBe(true)
  })
})
