import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDueDate} from '../../src/extract/text/due-date.js'
import {cleanOwner, ownerBeforeVerb} from '../../src/extract/text/owner.js'
import {cueSetFor} from '../../src/text/languages/index.js'

const records = cueSetFor('en').records
// Who may own an action in these tests: two people the meeting knows.
const known = (name: string): string | undefined => (['Dara Sok', 'Kristy Fleming'].includes(name) ? name : undefined)
import type {Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

// Six lines of front matter and a blank line: the body's first line is line 7 of the file.
const head = '---\ntitle: Actions\ndate: 2007-06-01\nstatus: approved\n---\n\n'

function parse(body: string): Meeting {
  const {meeting, messages} = parseMeeting(head + body, {path: 'meetings/2007/2007-06-01-actions.md'})
  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  return meeting!
}

describe('actions', () => {
  it('reads the two written forms: an open task item and an ACTION line', () => {
    const meeting = parse(
      '## 4. Draft law\n\n- [ ] Dara Sok to circulate the draft by 20 June 2007\n\nACTION: Secretariat — compile the evaluation by 2007-07-01.\n'
    )
    expect(meeting.actions).toEqual([
      {
        text: 'Dara Sok to circulate the draft by 20 June 2007',
        owner: 'Dara Sok',
        due: '2007-06-20',
        done: false,
        item: 'draft-law',
        line: 9
      },
      {
        text: 'Secretariat — compile the evaluation by 2007-07-01.',
        owner: 'Secretariat',
        due: '2007-07-01',
        done: false,
        item: 'draft-law',
        line: 11
      }
    ])
  })

  it('takes done from the task checkbox', () => {
    const meeting = parse('## Tasks\n\n- [x] Sarah Connolly to collect NGO comments\n- [X] Write it up\n- [ ] Open one\n')
    expect(meeting.actions.map((action) => [action.text, action.done, action.owner ?? null])).toEqual([
      ['Sarah Connolly to collect NGO comments', true, 'Sarah Connolly'],
      ['Write it up', true, null],
      ['Open one', false, null]
    ])
  })

  it('reads "(done)", "[done]", "(completed)" and a capitalised DONE as done, and drops them from the text', () => {
    const meeting = parse(
      '## Tasks\n\nACTION: Secretariat to book the room (done)\n\nACTION: Chair to write [Done]\n\nACTION: DONE: Matt to call\n\nAction: Send the notes (completed)\n\nACTION: Report on work done so far\n'
    )
    expect(meeting.actions.map((action) => [action.text, action.done])).toEqual([
      ['Secretariat to book the room', true],
      ['Chair to write', true],
      ['Matt to call', true],
      ['Send the notes', true],
      ['Report on work done so far', false]
    ])
  })

  it('lets the checkbox decide done even when the text says otherwise', () => {
    expect(parse('## Tasks\n\n- [ ] Chair to sign (done)\n').actions[0]!.done).toBe(false)
  })

  it.each([
    ['ACTION: Dara Sok to circulate the draft.', 'Dara Sok to circulate the draft.', 'Dara Sok'],
    ['Action: Dara Sok to circulate the draft.', 'Dara Sok to circulate the draft.', 'Dara Sok'],
    ['**Action:** Dara Sok to circulate the draft.', 'Dara Sok to circulate the draft.', 'Dara Sok'],
    ['Action item: Kristy Fleming to update the list.', 'Kristy Fleming to update the list.', 'Kristy Fleming'],
    ['ACTION: Secretariat — compile the evaluation.', 'Secretariat — compile the evaluation.', 'Secretariat'],
    ['ACTION: Dara Sok: circulate the draft.', 'Dara Sok: circulate the draft.', 'Dara Sok'],
    ['ACTION: Mr. Touch Samon to report back.', 'Mr. Touch Samon to report back.', 'Touch Samon'],
    ['ACTION: Ms Kristy Fleming (UNIAP) to present.', 'Ms Kristy Fleming (UNIAP) to present.', 'Kristy Fleming'],
    ['ACTION: The Secretariat to circulate the list.', 'The Secretariat to circulate the list.', 'Secretariat'],
    ['ACTION: UNICEF and IOM to draft the MOU.', 'UNICEF and IOM to draft the MOU.', 'UNICEF; IOM'],
    ['ACTION: សុខ ដារា to circulate the draft.', 'សុខ ដារា to circulate the draft.', 'សុខ ដារា']
  ])('%j', (line, text, owner) => {
    expect(parse(`## Item\n\n${line}\n`).actions).toEqual([{text, owner, done: false, item: 'item', line: 9}])
  })

  it('keeps an ACTION line without a recognisable owner, with no owner', () => {
    expect(parse('## Item\n\nACTION: circulate the draft to all members.\n').actions).toEqual([
      {text: 'circulate the draft to all members.', done: false, item: 'item', line: 9}
    ])
  })

  it('reads each ACTION line of one paragraph as its own action', () => {
    const meeting = parse('## Item\n\nACTION: Dara Sok to circulate the draft.\nACTION: Chair to sign.\n')
    expect(meeting.actions.map((action) => [action.owner, action.line])).toEqual([
      ['Dara Sok', 9],
      ['Chair', 10]
    ])
  })

  it('finds "Name to <verb>" list items and sentences outside recommendation lists', () => {
    const meeting = parse(
      '## Item\n\n- Sarah Connolly to present the research at the next meeting\n- Refreshments were served\n\nThe group discussed the plan. Dara Sok to circulate the draft by 1 July 2007.\n'
    )
    expect(meeting.actions).toEqual([
      {
        text: 'Sarah Connolly to present the research at the next meeting',
        owner: 'Sarah Connolly',
        done: false,
        item: 'item',
        line: 9
      },
      {
        text: 'Dara Sok to circulate the draft by 1 July 2007.',
        owner: 'Dara Sok',
        due: '2007-07-01',
        done: false,
        item: 'item',
        line: 12
      }
    ])
    expect(meeting.items[0]!.points).toEqual(['Refreshments were served'])
  })

  it('makes list items under an "Action items" lead-in or heading actions, whatever their form', () => {
    const meeting = parse('## Item\n\nAction items:\n\n- Circulate the draft by 2007-07-01\n\n## Actions\n\n- Book the room\n')
    expect(meeting.actions).toEqual([
      {text: 'Circulate the draft by 2007-07-01', due: '2007-07-01', done: false, item: 'item', line: 11},
      {text: 'Book the room', done: false, item: 'actions', line: 15}
    ])
  })

  it('leaves "Taskforce to work on dissemination" in a recommendations list as a recommendation', () => {
    const meeting = parse('## Recommendations\n\n- Taskforce to work on dissemination\n- [ ] Chair to follow up\n')
    expect(meeting.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Taskforce to work on dissemination'
    ])
    // A task item is always an action, even inside a recommendations list.
    expect(meeting.actions.map((action) => action.text)).toEqual(['Chair to follow up'])
  })

  it.each([
    'Anti-trafficking law to be adopted',
    'Support migrants to Thailand and Malaysia',
    'Ms Fleming asked meeting participants to split into 5 groups',
    'Phnom Penh to Bangkok flights are cheaper',
    'Progress to date is good'
  ])('%j is not an action', (text) => {
    expect(parse(`## Item\n\n- ${text}\n\n${text}.\n`).actions).toEqual([])
  })

  it('gives an action in a sub-item the sub-item anchor', () => {
    expect(parse('## Work\n\n### Legal\n\n- [ ] Dara Sok to draft\n').actions[0]).toEqual({
      text: 'Dara Sok to draft',
      owner: 'Dara Sok',
      done: false,
      item: 'legal',
      line: 11
    })
  })

  it('keeps the seed meeting free of actions', () => {
    const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
    const {meeting} = parseMeeting(readFileSync(new URL(`../../${path}`, import.meta.url)), {path})
    expect(meeting!.actions).toEqual([])
  })
})

describe('parseDueDate', () => {
  it.each([
    ['by 20 June 2007', '2007-06-20'],
    ['by 2007-07-01', '2007-07-01'],
    ['due 1 July 2007', '2007-07-01'],
    ['due: 1 July 2007', '2007-07-01'],
    ['due date 1 Jul 2007', '2007-07-01'],
    ['before June 20, 2007', '2007-06-20'],
    ['by the 20th of June 2007', '2007-06-20'],
    ['by Friday, 20 June 2007', '2007-06-20'],
    ['no later than Sept. 3, 2007', '2007-09-03'],
    ['until 29 February 2008', '2008-02-29'],
    ['circulate it BY 3 MAY 2007', '2007-05-03'],
    ['met on 3 May 2007, report by 10 May 2007', '2007-05-10']
  ])('%j -> %s', (text, due) => {
    expect(parseDueDate(text, records)).toBe(due)
  })

  it.each([
    'by 20 June',
    'by April 2007',
    'by 31 June 2007',
    'by 29 February 2007',
    'by 2007-02-30',
    'on 20 June 2007',
    'by 20/06/2007',
    'by 2007-07-011',
    'no date at all'
  ])('%j has no due date', (text) => {
    expect(parseDueDate(text, records)).toBeUndefined()
  })
})

describe('owners', () => {
  it('strips honorifics, articles and a trailing organisation', () => {
    expect(cleanOwner('Mr. Touch Samon')).toBe('Touch Samon')
    expect(cleanOwner('Dr Lesley Miller (UNICEF)')).toBe('Lesley Miller')
    expect(cleanOwner('H.E. Ms Chou Bun Eng')).toBe('Chou Bun Eng')
    expect(cleanOwner('the Secretariat')).toBe('Secretariat')
  })

  it('needs an owner the meeting knows, then "to" or "will", then a lower-case verb', () => {
    expect(ownerBeforeVerb('Dara Sok to circulate', records, known)).toBe('Dara Sok')
    expect(ownerBeforeVerb('Dara Sok will circulate', records, known)).toBe('Dara Sok')
    expect(ownerBeforeVerb('Kristy Fleming: Dara Sok to circulate', records, known)).toBe('Dara Sok')
    expect(ownerBeforeVerb('Dara Sok and Kristy Fleming to circulate', records, known)).toBe('Dara Sok; Kristy Fleming')
    expect(ownerBeforeVerb('Dara Sok to Bangkok', records, known)).toBeUndefined()
    expect(ownerBeforeVerb('the group to circulate', records, known)).toBeUndefined()
    expect(ownerBeforeVerb('Review of budget to follow', records, known)).toBeUndefined()
    expect(ownerBeforeVerb('Law to be adopted', records, known)).toBeUndefined()
  })
})
