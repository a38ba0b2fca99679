import {describe, expect, it} from 'vitest'
import {buildActionLedger} from '../../src/archive/action-ledger.js'
import type {Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

function parse(path: string, text: string): Meeting {
  const {meeting, messages} = parseMeeting(text, {path})
  if (!meeting) throw new Error(messages.map(String).join('\n'))
  return meeting
}

function minutes(date: string, body: string, extra = ''): Meeting {
  const text = `---\ntitle: Stakeholder Meeting\ndate: ${date}\nseries: Stakeholder Meeting\nstatus: approved\n${extra}---\n\n${body}`
  return parse(`meetings/${date.slice(0, 4)}/${date}-stakeholder-meeting.md`, text)
}

const march = minutes(
  '2007-03-28',
  '## Coordination structure\n\n- [ ] Kristy Fleming to circulate the coordination structure by 15 April 2007\n- [x] Chea Vannak to share the list of focal points\n'
)
const april = minutes(
  '2007-04-25',
  '## Matters arising\n\n- [ ] Kristy Fleming to circulate the coordination structure by 15 April 2007\n'
)
const may = minutes(
  '2007-05-30',
  '## Welcome\n\nHello.\n\n## Matters arising\n\n- [x] Kristy Fleming circulated the coordination structure\n- [ ] Lesley Miller to draft terms of reference\n'
)

describe('buildActionLedger', () => {
  it('keeps an action open across two meetings and closes it in a third, with raised-in and closed-in', () => {
    const ledger = buildActionLedger([may, march, april])
    expect(ledger).toEqual([
      {
        id: '2007-03-28-stakeholder-meeting/kristy-fleming-to-circulate-the-coordination-structure-by',
        action: march.actions[0],
        series: 'Stakeholder Meeting',
        raisedIn: {meeting: '2007-03-28-stakeholder-meeting', item: 'coordination-structure', line: 10},
        status: 'done',
        carriedIn: [{meeting: '2007-04-25-stakeholder-meeting', item: 'matters-arising', line: 10}],
        closedIn: {meeting: '2007-05-30-stakeholder-meeting', via: 'task', item: 'matters-arising', line: 14}
      },
      {
        id: '2007-03-28-stakeholder-meeting/chea-vannak-to-share-the-list-of-focal',
        action: march.actions[1],
        series: 'Stakeholder Meeting',
        raisedIn: {meeting: '2007-03-28-stakeholder-meeting', item: 'coordination-structure', line: 11},
        status: 'done',
        carriedIn: [],
        closedIn: {meeting: '2007-03-28-stakeholder-meeting', via: 'task', item: 'coordination-structure', line: 11}
      },
      {
        id: '2007-05-30-stakeholder-meeting/lesley-miller-to-draft-terms-of-reference',
        action: may.actions[1],
        series: 'Stakeholder Meeting',
        raisedIn: {meeting: '2007-05-30-stakeholder-meeting', item: 'matters-arising', line: 15},
        status: 'open',
        carriedIn: []
      }
    ])
  })

  it('leaves the action open after the second meeting', () => {
    expect(buildActionLedger([march, april]).map((entry) => [entry.id, entry.status])).toEqual([
      ['2007-03-28-stakeholder-meeting/kristy-fleming-to-circulate-the-coordination-structure-by', 'open'],
      ['2007-03-28-stakeholder-meeting/chea-vannak-to-share-the-list-of-focal', 'done']
    ])
  })

  it('closes an action listed under `closes:` by id or by text', () => {
    const byId = minutes('2007-04-25', '## Welcome\n\nHello.\n', 'closes:\n  - 2007-03-28-stakeholder-meeting/kristy-fleming-to-circulate-the-coordination-structure-by\n')
    const byText = minutes('2007-04-25', '## Welcome\n\nHello.\n', 'closes: [circulate the coordination structure]\n')
    for (const closing of [byId, byText]) {
      expect(buildActionLedger([march, closing])[0]).toMatchObject({
        status: 'done',
        closedIn: {meeting: '2007-04-25-stakeholder-meeting', via: 'closes'}
      })
    }
  })

  it('does not let another series or another owner close an action', () => {
    const board = parse(
      'meetings/2007/2007-04-25-board.md',
      '---\ntitle: Board\ndate: 2007-04-25\nseries: Board\nstatus: approved\n---\n\n## Tasks\n\n- [x] Kristy Fleming to circulate the coordination structure\n'
    )
    const other = minutes('2007-04-25', '## Tasks\n\n- [x] Lesley Miller to circulate the coordination structure\n')
    expect(buildActionLedger([march, board])[0]!.status).toBe('open')
    expect(buildActionLedger([march, other])[0]!.status).toBe('open')
  })
})
