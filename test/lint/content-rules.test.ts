import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../../src/model/config.js'
import type {Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {createMinutesProcessor} from '../../src/extract/processor.js'
import type {CheckedMeeting} from '../../src/lint/rule.js'
import {speakerNotAttendee} from '../../src/lint/rules/speaker-not-attendee.js'
import {check, meeting, of} from './archive.js'

const path = 'meetings/2007/2007-03-28-stakeholder-meeting.md'
const front = 'title: Stakeholder Meeting\ndate: 2007-03-28\nseries: Stakeholder Meeting\nstatus: approved'

describe('minutebook:action-without-owner', () => {
  it('passes actions that name their owner', async () => {
    const body = '## Tasks\n\n- [ ] Kristy Fleming to circulate the structure by 15 April 2007\n'
    expect(of(await check({[path]: meeting(front, body)}), 'action-without-owner')).toEqual([])
  })

  it('reports an action without an owner at its list item', async () => {
    const body = '## Tasks\n\n- [ ] Kristy Fleming to circulate the structure\n- [ ] circulate the draft by 20 June 2007\n'
    expect(of(await check({[path]: meeting(front, body)}), 'action-without-owner')).toEqual([
      `${path}:11:1 warning Unexpected action without an owner \`circulate the draft by 20 June 2007\`, expected \`Name to ...\` naming who does it`
    ])
  })
})

describe('minutebook:action-due-before-meeting', () => {
  it('passes actions due on or after the meeting, and done ones due before it', async () => {
    const body =
      '## Tasks\n\n- [ ] Kristy Fleming to circulate the structure by 28 March 2007\n- [ ] Dara Sok to send the draft by 20 June 2007\n' +
      '- [x] Yim Po to book the room by 1 March 2007\n'
    expect(of(await check({[path]: meeting(front, body)}), 'action-due-before-meeting')).toEqual([])
  })

  it('reports a new action due before the meeting at its list item', async () => {
    const body = '## Tasks\n\n- [ ] Kristy Fleming to circulate the structure\n- [ ] Dara Sok to send the draft by 20 June 2006\n'
    expect(of(await check({[path]: meeting(front, body)}), 'action-due-before-meeting')).toEqual([
      `${path}:11:1 warning Unexpected due date \`2006-06-20\` before the meeting date \`2007-03-28\` in \`Dara Sok to send the draft by 20 June 2006\`, expected a date on or after the meeting`
    ])
  })

  it('leaves alone an action carried from an earlier meeting past its due date', async () => {
    const earlier = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
    const action = '- [ ] Dara Sok to send the draft by 20 March 2007\n'
    const files = {
      [earlier]: meeting(front.replace('2007-03-28', '2007-02-28'), `## Tasks\n\n${action}`),
      [path]: meeting(front, `## Matters arising\n\n${action}`)
    }
    expect(of(await check(files), 'action-due-before-meeting')).toEqual([])
  })
})

describe('minutebook:adoption-without-decision', () => {
  it('passes an adoption item that records a decision', async () => {
    const body = '## Review and adoption of minutes\n\nThe minutes were adopted without amendment.\n'
    expect(of(await check({[path]: meeting(front, body)}), 'adoption-without-decision')).toEqual([])
  })

  it('reports an adoption item without a decision at its heading', async () => {
    const body = '## Welcome\n\nHello.\n\n## Review and adoption of minutes\n\nThe minutes were discussed.\n'
    expect(of(await check({[path]: meeting(front, body)}), 'adoption-without-decision')).toEqual([
      `${path}:12:1 warning Unexpected adoption item \`Review and adoption of minutes\` without a decision, expected one such as \`The minutes were adopted.\``
    ])
  })
})

/** A checked meeting whose extracted speakers are given, so the rule is tested apart from the speaker extractor. */
function withSpeakers(text: string, speakers: Meeting['speakers']): CheckedMeeting {
  const {meeting: parsed, file} = parseMeeting(text, {path})
  return {
    path,
    slug: '2007-03-28-stakeholder-meeting',
    text,
    file: file ?? new VFile(),
    tree: createMinutesProcessor().parse(text),
    frontMatter: file.data.frontMatter,
    meeting: {...parsed!, speakers}
  }
}

describe('minutebook:speaker-not-attendee', () => {
  const attendees = `${front}\nchair: John McGeoghan\nattendees:\n  - Dara Sokha (Ministry of Justice)\n  - name: Kristy Fleming\n    aliases: [K. Fleming]`
  const body = '## Draft law\n\n**Dara Sok (Ministry of Justice):** The draft has been sent.\n\nK. Fleming agreed. The Chair thanked them.\n'
  const text = meeting(attendees, body)

  it('passes attendees, their aliases, the chair and unnamed speakers', () => {
    const entry = withSpeakers(text, [
      {name: 'Dara Sokha', items: ['draft-law']},
      {name: 'K. Fleming', items: ['draft-law']},
      {name: 'John McGeoghan', role: 'Chair', items: ['draft-law']},
      {name: 'Representative of NYEMO', organization: 'NYEMO', unnamed: true, items: ['draft-law']}
    ])
    speakerNotAttendee.check({entry, archive: [entry], config: defaultConfig})
    expect(entry.file.messages.map(String)).toEqual([])
  })

  it('reports a speaker who is not an attendee where the name is written, suggesting the nearest attendee', () => {
    const entry = withSpeakers(text, [
      {name: 'Dara Sok', organization: 'Ministry of Justice', items: ['draft-law']},
      {name: 'William Wilberforce', items: ['draft-law']}
    ])
    speakerNotAttendee.check({entry, archive: [entry], config: defaultConfig})
    expect(entry.file.messages.map((message) => `${message.line}:${message.column} ${message.fatal} ${message.reason}`)).toEqual([
      '15:3 false Unexpected speaker `Dara Sok`, expected one of the attendees such as `Dara Sokha`',
      '13:1 false Unexpected speaker `William Wilberforce`, expected one of the attendees'
    ])
  })

  it('says nothing when the meeting lists no attendees', () => {
    const entry = withSpeakers(meeting(front, body), [{name: 'Dara Sok', items: ['draft-law']}])
    speakerNotAttendee.check({entry, archive: [entry], config: defaultConfig})
    expect(entry.file.messages).toEqual([])
  })

  it('is reported by check for a labelled speaker', async () => {
    expect(of(await check({[path]: text}), 'speaker-not-attendee')).toEqual([
      `${path}:15:3 warning Unexpected speaker \`Dara Sok\`, expected one of the attendees such as \`Dara Sokha\``
    ])
  })
})
