import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {buildArchive} from '../../src/archive/build-archive.js'
import {slugify, uniqueSlugs} from '../../src/text/slug.js'
import {defaultConfig, type Config} from '../../src/model/config.js'
import type {Meeting} from '../../src/model/meeting.js'
import {foldLine, meetingsCalendar} from '../../src/site/calendar.js'
import {atomFeed} from '../../src/site/feeds.js'
import {absoluteUrl, encodePath, normalizePathPrefix} from '../../src/text/site-paths.js'
import {longDate, outcomeLabel, voteCount} from '../../src/site/format.js'
import {unsafeOutputReason} from '../../src/build/output-path.js'
import {publishedMarkdown} from '../../src/render/published-markdown.js'

const meeting: Meeting = {
  slug: '2007-02-28-stakeholder-meeting',
  source: 'meetings/2007/2007-02-28-stakeholder-meeting.md',
  title: 'Stakeholder Meeting, on trafficking; Phnom Penh',
  date: '2007-02-28',
  series: 'Stakeholder Meeting',
  status: 'approved',
  location: 'Phnom Penh',
  attendees: [{name: 'Yim Po', organization: 'CCPCR'}],
  apologies: [],
  items: [
    {
      title: 'Welcome',
      anchor: 'welcome',
      line: 8,
      depth: 2,
      speakers: [],
      decisions: [],
      actions: [],
      recommendations: [],
      points: [],
      html: '<p>The Chair <strong>welcomed</strong> everyone.</p>',
      items: []
    }
  ],
  speakers: [],
  organizations: [],
  decisions: [],
  actions: [],
  recommendations: []
}
const config: Config = {...defaultConfig, title: 'Minutes & more', baseUrl: 'https://example.org/', pathPrefix: '/minutes'}

describe('formatting', () => {
  it('formats dates without locale or time zone', () => {
    expect(longDate('2007-02-28')).toBe('28 February 2007')
    expect(longDate('not a date')).toBe('not a date')
  })

  it('says a vote as a reader would, with only the counts the minutes give', () => {
    expect(voteCount({for: 3, against: 0, abstain: 1})).toBe('3 for, 0 against, 1 abstaining')
    expect(voteCount({for: 5})).toBe('5 for')
    expect(voteCount({against: 2, abstain: 0})).toBe('2 against, 0 abstaining')
    expect(voteCount({})).toBe('')
    expect(voteCount(undefined)).toBe('')
  })

  it('labels a decision by its outcome, and one stated outright as a decision', () => {
    expect([{}, {outcome: 'carried'}, {outcome: 'failed'}, {outcome: 'withdrawn'}, {outcome: 'deferred'}].map((decision) => outcomeLabel(decision as never))).toEqual([
      'Decision',
      'Carried',
      'Failed',
      'Withdrawn',
      'Deferred'
    ])
  })

  it('normalises path prefixes and builds absolute, encoded URLs', () => {
    expect(['', '/', 'minutes', '/minutes', '/minutes/', '//a//b/'].map(normalizePathPrefix)).toEqual(['/', '/', '/minutes/', '/minutes/', '/minutes/', '/a/b/'])
    expect(absoluteUrl('https://example.org/', '/minutes', encodePath('/people/សុខ-ដារា/'))).toBe(
      'https://example.org/minutes/people/%E1%9E%9F%E1%9E%BB%E1%9E%81-%E1%9E%8A%E1%9E%B6%E1%9E%9A%E1%9E%B6/'
    )
  })

  it('makes readable slugs in every script, unique with -2', () => {
    expect(slugify('Ministry of Women’s Affairs', 'x')).toBe('ministry-of-womens-affairs')
    expect(slugify('ក្រសួងកិច្ចការនារី', 'x')).toBe('ក្រសួងកិច្ចការនារី')
    expect(slugify('???', 'organization')).toBe('organization')
    expect([...uniqueSlugs(['Dara Sok', 'Dara  Sok', 'dara sok'], 'person').values()]).toEqual(['dara-sok', 'dara-sok-2', 'dara-sok-3'])
  })
})

describe('calendar', () => {
  it('writes one all-day event with escaped text and the meeting date as DTSTAMP', () => {
    const archive = buildArchive([meeting], config)
    expect(meetingsCalendar(archive.meetings, config)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//minutebook//minutebook//EN',
        'CALSCALE:GREGORIAN',
        'X-WR-CALNAME:Minutes & more',
        'BEGIN:VEVENT',
        'UID:https://example.org/minutes/meetings/2007-02-28-stakeholder-meeting/',
        'DTSTAMP:20070228T000000Z',
        'DTSTART;VALUE=DATE:20070228',
        'DTEND;VALUE=DATE:20070301',
        'SUMMARY:Stakeholder Meeting\\, on trafficking\\; Phnom Penh',
        'LOCATION:Phnom Penh',
        'CATEGORIES:Stakeholder Meeting',
        'URL:https://example.org/minutes/meetings/2007-02-28-stakeholder-meeting/',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        ''
      ].join('\r\n')
    )
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine('SUMMARY:' + 'ក'.repeat(40))
    const lines = folded.split('\r\n')
    expect(lines.map((line) => Buffer.byteLength(line))).toEqual([74, 55])
    expect(folded.replace(/\r\n /g, '')).toBe('SUMMARY:' + 'ក'.repeat(40))
  })
})

describe('feeds and published Markdown', () => {
  it('dates the feed from the newest meeting, never the clock', () => {
    const archive = buildArchive([meeting], config)
    const feed = atomFeed(archive.meetings, config, {title: 'Minutes & more', path: '/feed.xml', pagePath: '/'})
    expect(feed).toContain('<title>Minutes &#38; more</title>')
    expect(feed).toContain('<updated>2007-02-28T00:00:00Z</updated>')
    expect(feed).toContain('<link rel="self" href="https://example.org/minutes/feed.xml"/>')
  })

  it('lists a meeting\'s decisions in its feed entry, and motions not carried apart with their outcome', () => {
    const decisions = [
      {text: 'The agenda was adopted.', item: 'welcome', line: 8},
      {text: 'That the hall be painted', item: 'welcome', line: 9, outcome: 'carried' as const},
      {text: 'That the car park close on Sundays', item: 'welcome', line: 10, outcome: 'failed' as const},
      {text: 'That a bench be bought', item: 'welcome', line: 11, outcome: 'withdrawn' as const}
    ]
    const archive = buildArchive([{...meeting, decisions}], config)
    const feed = atomFeed(archive.meetings, config, {title: 'Minutes', path: '/feed.xml', pagePath: '/'})
    expect(feed).toContain(
      '&#60;p&#62;Decisions:&#60;/p&#62;&#60;ul&#62;&#60;li&#62;The agenda was adopted.&#60;/li&#62;&#60;li&#62;That the hall be painted&#60;/li&#62;&#60;/ul&#62;' +
        '&#60;p&#62;Motions not carried:&#60;/p&#62;&#60;ul&#62;&#60;li&#62;Failed: That the car park close on Sundays&#60;/li&#62;&#60;li&#62;Withdrawn: That a bench be bought&#60;/li&#62;&#60;/ul&#62;'
    )
  })

  it('regenerates Markdown from the published meeting, not the source file', () => {
    expect(publishedMarkdown(meeting)).toBe(
      [
        '---',
        'title: Stakeholder Meeting, on trafficking; Phnom Penh',
        'date: 2007-02-28',
        'series: Stakeholder Meeting',
        'status: approved',
        'location: Phnom Penh',
        'attendees:',
        '  - name: Yim Po',
        '    organization: CCPCR',
        '---',
        '',
        '## Welcome',
        '',
        'The Chair **welcomed** everyone.',
        ''
      ].join('\n')
    )
  })
})

describe('output folder safety', () => {
  it('accepts _site and refuses the root, meetings/, site/ and their parents', () => {
    const root = '/archive'
    const site = '/archive/site'
    expect(unsafeOutputReason('/archive/_site', root, site)).toBeUndefined()
    expect(unsafeOutputReason('/archive/meetings/2007', root, site)).toBe(
      'Unexpected output folder `/archive/meetings/2007` overlapping `meetings/`, expected a folder of its own such as `_site`'
    )
    expect(unsafeOutputReason('/archive', root, site)).toBe(
      'Unexpected output folder `/archive` that contains the archive root, expected a folder of its own such as `_site`'
    )
    expect(unsafeOutputReason('/', root, site)).toBe('Unexpected output folder `/`, expected a folder below the filesystem root')
  })

  it('refuses a path it cannot look at instead of taking it for one not there yet', () => {
    // Below a file: lstat fails with ENOTDIR, not ENOENT, and the swap could not make the folder anyway.
    const file = fileURLToPath(import.meta.url)
    expect(unsafeOutputReason(join(file, '_site'), '/archive', '/archive/site')).toBe(
      `Unexpected output \`${join(file, '_site')}\` that cannot be looked at (ENOTDIR), expected a folder or a path not there yet`
    )
  })
})
