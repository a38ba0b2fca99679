import {describe, expect, it} from 'vitest'
import {emailMask, phoneMask, redactText} from '../../src/parse/redact.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {defaultConfig} from '../../src/model/config.js'

describe('redactText', () => {
  it.each([
    ['contact helen.sworn@chabdai.org today', `contact ${emailMask} today`],
    ['mail mailto:a.b@example.org.', `mail ${emailMask}.`],
    ['call +855 12 345 678 now', `call ${phoneMask} now`],
    ['call 012 345 678 now', `call ${phoneMask} now`],
    ['fax (023) 212-345-67', `fax ${phoneMask}`]
  ])('redacts %j', (input, expected) => {
    expect(redactText(input).text).toBe(expected)
  })

  it.each([
    'National Plan of Action (2006-2010)',
    'on 25th March 1807 and 2007-02-28',
    'section 4.1.2 and 1,000 people',
    'meet on 28/02/2007'
  ])('leaves %j alone', (input) => {
    expect(redactText(input).text).toBe(input)
  })
})

describe('redactContacts in the pipeline', () => {
  const source = '---\ntitle: T\ndate: "2024-01-02"\nstatus: approved\n---\n\n## Item\n\nWrite to <a.b@example.org> or [me](mailto:a.b@example.org).\n'

  it('removes addresses from text and link targets and warns once per place', () => {
    const result = parseMeeting(source, {path: 'm.md'})
    expect(JSON.stringify(result.meeting)).not.toContain('a.b@example.org')
    expect(result.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [9, 10, 'contact-redacted'],
      [9, 31, 'contact-redacted']
    ])
  })

  it('keeps contacts when the archive turns redaction off', () => {
    const config = {...defaultConfig, privacy: {redactContacts: false}}
    const result = parseMeeting(source, {path: 'm.md', config})
    expect(result.meeting?.items[0]?.html ?? '').toContain('a.b@example.org')
  })
})
