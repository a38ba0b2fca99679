/**
 * Property tests over random front matter: values with contacts embedded in every published field, and values holding
 * private markers (exact or mistyped). No contact and no marked text reaches any output byte.
 */
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {stringify} from 'yaml'
import {buildArchive} from '../../src/archive/build-archive.js'
import {defaultConfig} from '../../src/model/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {apiFiles} from '../../src/render/api.js'
import {buildSite} from '../../src/build/build-site.js'
import {meetingsCalendar} from '../../src/site/calendar.js'
import {archiveFeeds} from '../../src/site/feeds.js'
import {publishedMarkdown} from '../../src/render/published-markdown.js'
import {filesUnder, readableText} from './site-files.js'

const repo = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-fm-property-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** A contact planted in a value, and what must never be found in an output: a unique local part, or unique digits. */
interface Contact {
  text: string
  trace: string
}

const email: fc.Arbitrary<Contact> = fc
  .tuple(fc.stringMatching(/^[a-z]{3,6}$/), fc.integer({min: 1000, max: 9999}), fc.constantFrom('example.org', 'mail.example.com.kh', 'EXAMPLE.ORG'))
  .map(([word, number, domain]) => {
    const local = `cq${word}${number}`
    return {text: `${local}@${domain}`, trace: local}
  })

// Eight digits starting with 9 (no date or count in the outputs looks like them), in the formats minutes use.
const phone: fc.Arbitrary<Contact> = fc.tuple(fc.integer({min: 90_000_000, max: 99_999_999}), fc.integer({min: 0, max: 6})).map(([number, format]) => {
  const d = String(number)
  const text = [
    `+855 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`,
    `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`,
    `(0${d.slice(0, 2)}) ${d.slice(2, 5)}-${d.slice(5)}`,
    `+855${d}`,
    `0${d}`,
    `+855-${d.slice(0, 2)}-${d.slice(2)}`,
    `00855 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`
  ][format]!
  return {text, trace: d}
})

const contact = fc.oneof(email, phone)
const word = fc.constantFrom('Board', 'Room 1', 'Ministry of Justice', 'ស្វាយរៀង', 'call', 'write to', 'tel.', 'Director', 'UNIAP', '-', 'or')
const words = fc.array(word, {minLength: 1, maxLength: 3}).map((list) => list.join(' '))

/** A value: words, maybe with a contact among them. */
const value: fc.Arbitrary<{text: string; contacts: Contact[]}> = fc
  .tuple(words, fc.option(contact, {nil: undefined}), words, fc.constantFrom(' ', ', ', ': '))
  .map(([before, planted, after, glue]) => ({
    text: planted === undefined ? `${before} ${after}` : `${before}${glue}${planted.text} ${after}`,
    contacts: planted === undefined ? [] : [planted]
  }))

const person = fc.tuple(value, fc.option(value, {nil: undefined}), fc.option(value, {nil: undefined})).map(([name, organization, role]) => ({
  entry: {name: name.text, ...(organization ? {organization: organization.text} : {}), ...(role ? {role: role.text} : {})},
  contacts: [name, organization, role].flatMap((part) => part?.contacts ?? [])
}))

/** Random published front matter with contacts anywhere, as YAML, with every contact planted. */
const frontMatter = fc
  .record({
    title: value,
    series: fc.option(value, {nil: undefined}),
    location: fc.option(value, {nil: undefined}),
    chair: fc.option(person, {nil: undefined}),
    attendees: fc.array(person, {maxLength: 3}),
    apologies: fc.array(person, {maxLength: 2}),
    closes: fc.array(value, {maxLength: 2})
  })
  .map((drawn) => {
    const data = {
      title: drawn.title.text,
      date: '2024-05-01',
      status: 'approved',
      ...(drawn.series ? {series: drawn.series.text} : {}),
      ...(drawn.location ? {location: drawn.location.text} : {}),
      ...(drawn.chair ? {chair: drawn.chair.entry} : {}),
      attendees: drawn.attendees.map((each) => each.entry),
      apologies: drawn.apologies.map((each) => each.entry),
      closes: drawn.closes.map((each) => each.text)
    }
    const contacts = [drawn.title, drawn.series, drawn.location, ...drawn.closes].flatMap((each) => each?.contacts ?? [])
    for (const each of [drawn.chair, ...drawn.attendees, ...drawn.apologies]) contacts.push(...(each?.contacts ?? []))
    return {data, contacts}
  })

const body = '\n## Item\n\nThe report was adopted.\n'
const meetingText = (data: object) => `---\n${stringify(data, {lineWidth: 0})}---\n${body}`

/** Each trace found in `text`: a local part as it is, digits once separators are taken out. */
function tracesIn(text: string, contacts: readonly Contact[]): string[] {
  const digits = text.replace(/[\s().+-]/g, '')
  const lower = text.toLowerCase()
  return contacts.filter(({trace}) => (/^\d+$/.test(trace) ? digits.includes(trace) : lower.includes(trace))).map(({text: planted}) => planted)
}

/** Every output made from a meeting without Eleventy: its JSON, its Markdown, the feeds, the calendar, the API list. */
function outputsOf(meeting: NonNullable<ReturnType<typeof parseMeeting>['meeting']>): string[] {
  const archive = buildArchive([meeting], defaultConfig)
  return [
    JSON.stringify(meeting),
    publishedMarkdown(meeting),
    ...archiveFeeds(archive, defaultConfig).values(),
    meetingsCalendar(archive.meetings, defaultConfig),
    ...apiFiles(archive).values(),
    JSON.stringify(archive.people),
    JSON.stringify(archive.organizations)
  ]
}

describe('random front matter with contacts', () => {
  it('never lets a contact into the meeting or anything made from it, and warns where each was', () => {
    fc.assert(
      fc.property(frontMatter, ({data, contacts}) => {
        const {meeting, messages} = parseMeeting(meetingText(data), {path: 'meetings/2024/2024-05-01-board.md'})
        expect(meeting).toBeDefined()
        expect(tracesIn(outputsOf(meeting!).join('\n'), contacts)).toEqual([])
        const warned = messages.filter((message) => message.ruleId === 'contact-redacted').length
        expect(warned > 0).toBe(contacts.length > 0)
      }),
      {numRuns: 300, seed: 20}
    )
  })

  it('never lets one into any byte of a built site, the search index and its filters included', async () => {
    const samples = fc.sample(frontMatter, {numRuns: 12, seed: 21})
    const root = join(work, 'site')
    mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    samples.forEach(({data}, index) => {
      const day = String(index + 1).padStart(2, '0')
      writeFileSync(join(root, 'meetings', '2024', `2024-05-${day}-board.md`), meetingText({...data, date: `2024-05-${day}`}))
    })
    await buildSite({root, quiet: true, cache: false})
    const site = join(root, '_site')
    const contacts = samples.flatMap((sample) => sample.contacts)
    expect(contacts.length).toBeGreaterThan(5)
    // Pagefind's WebAssembly runtime is the same bytes for every site; nothing of the minutes is in it.
    const files = filesUnder(site).filter((file) => !/^_pagefind\/wasm\.[a-z-]+\.pagefind$/.test(file))
    expect(files.some((file) => file.startsWith('_pagefind/filter/'))).toBe(true)
    const found = files.flatMap((file) => tracesIn(readableText(join(site, file)), contacts).map((planted) => `${file}: ${planted}`))
    expect(found).toEqual([])
  }, 180_000)
})

/** Text planted inside a marker, and the markers, exact or mistyped, that hold it. */
const marked = fc.tuple(fc.integer({min: 100_000, max: 999_999}), fc.constantFrom(
  (secret: string) => `<!-- private -->${secret}<!-- /private -->`,
  (secret: string) => `<!--- private --->${secret}<!--- /private --->`,
  (secret: string) => `<!-- private: HR case -->${secret}<!-- /private -->`,
  (secret: string) => `<!-- private -->${secret}`,
  (secret: string) => `<!- private -->${secret}`,
  (secret: string) => `${secret}<!-- /private -->`,
  (secret: string) => `&lt;!-- private --&gt;${secret}`
)).map(([number, wrap]) => {
  const secret = `MARKED${number}`
  return {text: wrap(secret), secret}
})

describe('random front matter with private markers', () => {
  it('is refused, with a positioned private-marker error, so nothing marked is published', () => {
    fc.assert(
      fc.property(frontMatter, marked, fc.constantFrom('title', 'series', 'location', 'chair', 'attendees', 'closes'), ({data}, {text}, key) => {
        const planted = key === 'attendees' || key === 'closes' ? [text] : key === 'chair' ? {name: text} : text
        const {meeting, messages} = parseMeeting(meetingText({...data, [key]: planted}), {path: 'meetings/2024/2024-05-01-board.md'})
        expect(meeting).toBeUndefined()
        const errors = messages.filter((message) => message.fatal === true && message.ruleId === 'private-marker')
        expect(errors.length).toBeGreaterThan(0)
        for (const error of errors) expect(error.line).toBeGreaterThan(1)
      }),
      {numRuns: 200, seed: 22}
    )
  })
})
