import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compareNames} from '../../src/extract/organizations.js'
import {defaultConfig, type Config} from '../../src/model/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const seedPath = 'meetings/2007/2007-02-28-stakeholder-meeting.md'

function organizationsOf(body: string, frontMatter = '', config?: Config): string[] {
  const text = `---\ntitle: Organisations\ndate: 2007-06-01\nstatus: approved\n${frontMatter}---\n\n${body}`
  const path = 'meetings/2007/2007-06-01-organisations.md'
  const {meeting, messages} = parseMeeting(text, config === undefined ? {path} : {path, config})
  expect(messages.filter((message) => message.fatal === true).map(String)).toEqual([])
  return meeting!.organizations
}

const registry: Config = {
  ...defaultConfig,
  organizations: [
    {name: 'UNIAP', short: 'UNIAP', aliases: ['United Nations Inter-Agency Project on Human Trafficking']},
    {name: 'UNIAP-Cambodia', aliases: ['UNIAP Cambodia'], parent: 'UNIAP'},
    {name: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation', short: 'MoSVY', aliases: ['MOSAVY']},
    {name: 'Ministry of Interior', short: 'MoI', aliases: []}
  ]
}

describe('organisations', () => {
  it('lists the seed meeting’s organisations from its speakers, sorted', () => {
    const {meeting} = parseMeeting(readFileSync(new URL(`../../${seedPath}`, import.meta.url)), {path: seedPath})
    expect(meeting!.organizations).toStrictEqual([
      'CCPCR',
      'Chab Dai',
      'IOM',
      'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
      'NYEMO',
      'UNIAP',
      'UNIAP-Cambodia',
      'UNICEF'
    ])
  })

  it('takes the attendees’ and chair’s organisations, but not those sending apologies', () => {
    const frontMatter =
      'chair: Jane Roe (World Vision Cambodia)\nattendees:\n  - Kristy Fleming (UNIAP-Cambodia)\n  - name: Yim Po\n    organization: CCPCR\n' +
      'apologies:\n  - Matt Friedman (UNIAP)\n'
    expect(organizationsOf('## One\n\nNothing was said.\n', frontMatter)).toStrictEqual(['CCPCR', 'UNIAP-Cambodia', 'World Vision Cambodia'])
  })

  it('uses registry names for aliases and short names, once each', () => {
    const frontMatter = 'attendees:\n  - Kristy Fleming (UNIAP Cambodia)\n'
    const body =
      '## One\n\nMs Jane Doe from UNIAP-Cambodia presented. Mr Touch Samon, Director General of MOSAVY, said the law is drafted.\n' +
      '\n**Chea Vannak (MoI):** The Ministry agrees.\n'
    expect(organizationsOf(body, frontMatter, registry)).toStrictEqual([
      'Ministry of Interior',
      'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
      'UNIAP-Cambodia'
    ])
  })

  it('adds registry organisations named anywhere in a speaker phrase, whole words only', () => {
    const body = '## One\n\nA representative of the UNIAP Secretariat said the survey is done.\n'
    expect(organizationsOf(body, '', registry)).toStrictEqual(['UNIAP', 'UNIAP Secretariat'])
    // "UNIAP" inside "UNIAP-Cambodia" is not the organisation UNIAP.
    expect(organizationsOf('## One\n\nMs Jane Doe from UNIAP-Cambodia presented.\n', '', registry)).toStrictEqual(['UNIAP-Cambodia'])
  })

  it('does not take organisations from prose that names no speaker', () => {
    expect(organizationsOf('## One\n\nUNICEF and IOM will work with the government. The delegation met the Ministry of Interior.\n')).toStrictEqual([])
  })

  it('sorts without the locale: by lowercased code points, then exact code points', () => {
    expect(['UNICEF', 'chab dai', 'UNIAP-Cambodia', 'Chab Dai', 'CCPCR', 'UNIAP', 'Ökumene', 'IOM'].sort(compareNames)).toStrictEqual([
      'CCPCR',
      'Chab Dai',
      'chab dai',
      'IOM',
      'UNIAP',
      'UNIAP-Cambodia',
      'UNICEF',
      'Ökumene'
    ])
  })
})
