import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatMessage} from '../../src/cli/format.js'
import {runImport} from '../../src/cli/import.js'
import {checkArchive} from '../../src/lint/check-archive.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {redactText} from '../../src/parse/redact.js'
import {buildSite} from '../../src/build/build-site.js'
import {filesUnder, readableText} from './site-files.js'

const repo = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-contacts-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** The front matter of issue 20, finding 1, exactly: contacts in the title, the place and the attendees. */
const frontMatterContacts = `---
title: "Board, contact a@example.org"
date: 2024-05-02
series: Canary Board
status: approved
location: "Room 1, call 023 456 7890"
attendees: ["Bob (bob@example.org)", {name: C, organization: "+85512777666"}]
---

## Welcome

Bob and C attended.

Decision: The report was adopted.
`

/** Finding 4: a percent-encoded mailto link, phones without separators or with one long group, and a date. */
const bodyContacts = `---
title: Contacts in the minutes
date: 2024-05-03
series: Canary Board
status: approved
---

## Item

Write to the [desk](mailto:x%40example.org), call +85512345678, 0123456789 or +855-12-345679.

The next meeting is on 10 01 2024.
`

const path = (slug: string) => `meetings/2024/${slug}.md`

describe('contacts in front matter are withheld with the rules of the minutes', () => {
  it('redacts the title, the place and the attendees, with a warning on the line of each key', () => {
    const {meeting, messages} = parseMeeting(frontMatterContacts, {path: path('2024-05-02-board')})
    expect(messages.map((message) => formatMessage(message))).toEqual([
      'meetings/2024/2024-05-02-board.md:2:1: warning: Unexpected e-mail address in `title`, expected none; it is withheld from the archive [minutebook:contact-redacted]',
      'meetings/2024/2024-05-02-board.md:6:1: warning: Unexpected phone number in `location`, expected none; it is withheld from the archive [minutebook:contact-redacted]',
      'meetings/2024/2024-05-02-board.md:7:13: warning: Unexpected e-mail address in `attendees[0].organization`, expected none; it is withheld from the archive [minutebook:contact-redacted]',
      'meetings/2024/2024-05-02-board.md:7:48: warning: Unexpected phone number in `attendees[1].organization`, expected none; it is withheld from the archive [minutebook:contact-redacted]'
    ])
    expect(meeting?.title).toBe('Board, contact [e-mail withheld]')
    expect(meeting?.location).toBe('Room 1, call [phone withheld]')
    // An organisation that is only a contact would make a page named after a mask: it is left out.
    expect(meeting?.attendees).toEqual([{name: 'Bob'}, {name: 'C'}])
  })

  it('says where in `check`', async () => {
    const root = join(work, 'check')
    mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
    writeFileSync(join(root, path('2024-05-02-board')), frontMatterContacts)
    const {files} = await checkArchive({root})
    const reported = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'contact-redacted').map((message) => `${message.line}:${message.column}`))
    expect(reported).toEqual(['2:1', '6:1', '7:13', '7:48'])
  })

  it('withholds the chair, apologies, `approves` and `closes` too, and keeps contacts when the archive says so', () => {
    const text = frontMatterContacts.replace(
      'status: approved\n',
      'status: approved\nchair: {name: Dana, role: "Chair, dana@example.org"}\napologies: ["+855 12 777 666"]\ncloses: ["call 012 345 678"]\n'
    )
    const {meeting, messages} = parseMeeting(text, {path: path('2024-05-02-board')})
    expect(meeting?.chair).toEqual({name: 'Dana', role: 'Chair, [e-mail withheld]'})
    expect(meeting?.apologies).toEqual([])
    expect(meeting?.closes).toEqual(['call [phone withheld]'])
    expect(messages.map((message) => message.reason.split(',')[0])).toContain('Unexpected phone number in `apologies[0].name`')
  })
})

describe('redaction in the minutes', () => {
  it.each([
    ['+85512345678', '[phone withheld]'],
    ['0123456789', '[phone withheld]'],
    ['+855-12-345679', '[phone withheld]'],
    ['+855 (0)12 345 678', '[phone withheld]'],
    ['00855 12 345 678', '[phone withheld]'],
    ['call 023 456 7890.', 'call [phone withheld].']
  ])('withholds %j', (input, expected) => {
    expect(redactText(input).text).toBe(expected)
  })

  it.each(['10 01 2024', '2024 01 10', 'on 1 12 1999', 'in 2006-2010', 'ID 12345678'])('leaves %j alone', (input) => {
    expect(redactText(input).text).toBe(input)
  })

  it('unlinks a percent-encoded mailto: link and withholds the phones, but not the date', () => {
    const {meeting, messages} = parseMeeting(bodyContacts, {path: path('2024-05-03-contacts-in-the-minutes')})
    expect(meeting?.items[0]?.html).toBe(
      '<p>Write to the desk, call [phone withheld], [phone withheld] or [phone withheld].</p>\n<p>The next meeting is on 10 01 2024.</p>'
    )
    expect(messages.map((message) => `${message.line}:${message.column} ${message.reason.split(' in ')[0]}`)).toEqual([
      '10:14 Unexpected e-mail address',
      '10:44 Unexpected phone number'
    ])
  })

  it.each(['mailto:desk', 'tel:+85512345678', 'MAILTO:x%2540example.org', 'sms:0123456789'])('unlinks a link to %j', (url) => {
    const {meeting} = parseMeeting(bodyContacts.replace('mailto:x%40example.org', url), {path: path('2024-05-03-contacts-in-the-minutes')})
    expect(meeting?.items[0]?.html).not.toMatch(/href/)
  })

  it('import keeps a date written with spaces (it used to be withheld as a phone number)', async () => {
    const cwd = join(work, 'import')
    mkdirSync(cwd, {recursive: true})
    writeFileSync(join(cwd, 'minutes.txt'), 'Board Meeting\n\nWelcome\nThe next meeting is on 10 01 2024.\n')
    const stderr: string[] = []
    await runImport(['minutes.txt'], {root: '.', date: '2023-12-01', title: 'Board Meeting'}, {cwd, out: () => {}, err: (text) => void stderr.push(text)})
    expect(stderr.join('')).not.toMatch(/phone/)
    expect(readFileSync(join(cwd, 'meetings/2023/2023-12-01-board-meeting.md'), 'utf8')).toContain('10 01 2024')
  })
})

describe('no contact reaches any output byte, the search index and its filters included', () => {
  let site = ''
  let files: string[] = []
  beforeAll(async () => {
    const root = join(work, 'site')
    mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    writeFileSync(join(root, path('2024-05-02-board')), frontMatterContacts)
    writeFileSync(join(root, path('2024-05-03-contacts-in-the-minutes')), bodyContacts)
    await buildSite({root, quiet: true, cache: false})
    site = join(root, '_site')
    files = filesUnder(site)
  }, 120_000)

  it('builds every kind of output', () => {
    for (const expected of ['feed.xml', 'meetings.ics', 'api/meetings.json', 'meetings/2024-05-02-board/index.html']) expect(files).toContain(expected)
    expect(files.some((file) => file.startsWith('_pagefind/filter/'))).toBe(true)
    expect(files.some((file) => file.startsWith('organizations/'))).toBe(true)
  })

  it.each([
    ['the address in the title', /a@example\.org/],
    ['the phone in the place', /456[\s.-]?7890/],
    ['the attendee’s address', /bob@example\.org/],
    ['the attendee’s organisation', /777[\s.-]?666/],
    ['the percent-encoded address', /x(?:%40|@)example\.org/i],
    ['a mailto: link', /mailto:/i],
    ['the phones without separators', /12[\s.-]?345[\s.-]?678|0123456789|345679/]
  ])('%s', (_name, pattern) => {
    // Pagefind's WebAssembly runtime is the same bytes for every site (nothing of the minutes is in it), and its
    // binary happens to hold some of these digit runs.
    const searched = files.filter((file) => !/^_pagefind\/wasm\.[a-z-]+\.pagefind$/.test(file))
    expect(searched.filter((file) => pattern.test(readableText(join(site, file))))).toEqual([])
  })

  it('keeps the date', () => {
    expect(readFileSync(join(site, 'meetings', '2024-05-03-contacts-in-the-minutes', 'index.html'), 'utf8')).toContain('10 01 2024')
  })
})
