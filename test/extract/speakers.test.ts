import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {defaultConfig, type Config} from '../../src/model/config.js'
import type {Meeting, Speaker} from '../../src/model/meeting.js'
import {loadConfig} from '../../src/parse/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const seedPath = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
const root = fileURLToPath(new URL('../..', import.meta.url))

/** Parses a small meeting; `frontMatter` adds YAML lines (attendees, chair) after the required keys. */
function parse(body: string, frontMatter = '', config?: Config): Meeting {
  const text = `---\ntitle: Speakers\ndate: 2007-06-01\nstatus: approved\n${frontMatter}---\n\n${body}`
  const options = config === undefined ? {path: 'meetings/2007/2007-06-01-speakers.md'} : {path: 'meetings/2007/2007-06-01-speakers.md', config}
  const {meeting, messages} = parseMeeting(text, options)
  expect(messages.filter((message) => message.fatal === true).map(String)).toEqual([])
  return meeting!
}

function speakersOf(body: string, frontMatter = '', config?: Config): Speaker[] {
  return parse(body, frontMatter, config).speakers
}

const seedSpeakers: Speaker[] = [
  {name: 'Bettina Maas', role: 'Chair', items: ['welcome-and-introductions']},
  {
    name: 'Matt Friedman',
    role: 'Regional Program Manager',
    organization: 'UNIAP',
    items: ['introduction-to-new-uniap-regional-program-manager-mr-matt-friedman']
  },
  {
    name: 'Kristy Fleming',
    role: 'Project Advisor',
    organization: 'UNIAP-Cambodia',
    items: [
      'presentation-of-the-results-from-the-survey-on-coordination-needs-of-stakeholders',
      'small-group-discussions-on-coordination-needs-and-recommendations'
    ]
  },
  {
    name: 'Touch Samon',
    role: 'Director General',
    organization: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
    items: ['presentation-on-the-vietnam-cambodia-exchange-visit-and-future-plans']
  },
  {name: 'Lesley Miller', organization: 'UNICEF', items: ['presentation-on-the-vietnam-cambodia-exchange-visit-and-future-plans']},
  {name: 'John McGeoghan', organization: 'IOM', items: ['presentation-on-the-vietnam-cambodia-exchange-visit-and-future-plans']},
  {
    name: 'Yim Po',
    role: 'Executive Director',
    organization: 'CCPCR',
    items: ['presentation-on-an-assessment-of-trafficking-in-svay-rieng-province']
  },
  {name: 'Helen Sworn', organization: 'Chab Dai', items: ['other-business']},
  {name: 'Representative of NYEMO', organization: 'NYEMO', items: ['other-business'], unnamed: true}
]

describe('speakers of the seed meeting', () => {
  const seed = readFileSync(new URL(`../../${seedPath}`, import.meta.url))

  it('finds exactly the nine speakers, in order of first appearance, each on the items where they spoke', () => {
    const {meeting} = parseMeeting(seed, {path: seedPath})
    expect(meeting!.speakers).toStrictEqual(seedSpeakers)
  })

  it('gives the same speakers with the example archive registry (minutebook.yml)', async () => {
    const config = await loadConfig(root)
    const {meeting} = parseMeeting(seed, {path: seedPath, config})
    expect(meeting!.speakers).toStrictEqual(seedSpeakers)
  })

  it('fills the speakers of each item and leaves mentions out', () => {
    const {meeting} = parseMeeting(seed, {path: seedPath})
    const byItem = Object.fromEntries(meeting!.items.map((item) => [item.anchor, item.speakers.map((person) => person.name)]))
    expect(byItem).toStrictEqual({
      'welcome-and-introductions': ['Bettina Maas'],
      'review-and-adoption-of-agenda': [],
      'review-and-adoption-of-minutes': [],
      'introduction-to-new-chairperson-of-stakeholder-meeting-for-2007': [],
      'introduction-to-new-uniap-regional-program-manager-mr-matt-friedman': ['Matt Friedman'],
      'presentation-of-the-results-from-the-survey-on-coordination-needs-of-stakeholders': ['Kristy Fleming'],
      'small-group-discussions-on-coordination-needs-and-recommendations': ['Kristy Fleming'],
      'reports-back-from-small-group-discussions': [],
      'coffee-break': [],
      'presentation-on-the-vietnam-cambodia-exchange-visit-and-future-plans': ['Touch Samon', 'Lesley Miller', 'John McGeoghan'],
      'presentation-on-an-assessment-of-trafficking-in-svay-rieng-province': ['Yim Po'],
      'other-business': ['Helen Sworn', 'Representative of NYEMO'],
    })
    const small = meeting!.items.find((item) => item.anchor === 'small-group-discussions-on-coordination-needs-and-recommendations')
    expect(small!.speakers).toStrictEqual([{name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia'}])
    expect(JSON.stringify(meeting!.speakers)).not.toContain('Wilberforce')
  })
})

describe('speakers in prose', () => {
  it('takes the role from "The Chair, Name,"', () => {
    expect(speakersOf('## Welcome\n\nThe Chair, Bettina Maas, welcomed attendees and invited them to introduce themselves.\n')).toStrictEqual([
      {name: 'Bettina Maas', role: 'Chair', items: ['welcome']}
    ])
  })

  it('splits "ORG Role" in an apposition and reads past adverbs', () => {
    expect(speakersOf('## Update\n\nMatt Friedman, UNIAP Regional Program Manager, briefly updated the meeting on Phase III.\n')).toStrictEqual([
      {name: 'Matt Friedman', role: 'Regional Program Manager', organization: 'UNIAP', items: ['update']}
    ])
  })

  it('reads "Role of Org" without a closing comma and folds a later surname into the same person', () => {
    const body =
      '## Survey\n\nMs Kristy Fleming, Project Advisor of UNIAP-Cambodia presented a structure. She explained the groups.\n\n' +
      '## Groups\n\nAfter presenting the structure and responses, Ms Fleming asked participants to split into groups.\n'
    expect(speakersOf(body)).toStrictEqual([
      {name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia', items: ['survey', 'groups']}
    ])
  })

  it('folds a surname that comes before the full name', () => {
    const body = '## One\n\nMs Fleming asked a question.\n\n## Two\n\nMs Kristy Fleming presented the survey.\n'
    expect(speakersOf(body)).toStrictEqual([{name: 'Kristy Fleming', items: ['one', 'two']}])
  })

  it('runs the organisation up to the speech verb and drops its "the"', () => {
    const body =
      '## Visit\n\nMr Touch Samon, Director General of the Ministry of Social Affairs, Veterans and Youth Rehabilitation discussed the visit.\n'
    expect(speakersOf(body)).toStrictEqual([
      {
        name: 'Touch Samon',
        role: 'Director General',
        organization: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
        items: ['visit']
      }
    ])
  })

  it('finds two speakers joined by "and", each "from" their organisation; "They" adds nobody', () => {
    const body =
      '## Visit\n\nLesley Miller from UNICEF and John McGeoghan from IOM added that they attended. They also emphasised the MOU.\n'
    expect(speakersOf(body)).toStrictEqual([
      {name: 'Lesley Miller', organization: 'UNICEF', items: ['visit']},
      {name: 'John McGeoghan', organization: 'IOM', items: ['visit']}
    ])
  })

  it('reads "Mr. Name, Role of ORG, presenting" with the abbreviated honorific', () => {
    const body = '## Svay Rieng\n\nMr. Yim Po, Executive Director of CCPCR, presenting statistics and outlined CCPCR’s work.\n'
    expect(speakersOf(body)).toStrictEqual([{name: 'Yim Po', role: 'Executive Director', organization: 'CCPCR', items: ['svay-rieng']}])
  })

  it('reads "Ms Name from Org presented"', () => {
    expect(speakersOf('## Other\n\nMs Helen Sworn from Chab Dai presented her ideas for Freedom Day.\n')).toStrictEqual([
      {name: 'Helen Sworn', organization: 'Chab Dai', items: ['other']}
    ])
  })

  it('keeps an unnamed representative and binds the pronoun to them', () => {
    const body = '## Other\n\nA representative from NYEMO inquired about domestic trafficking. She emphasized its importance.\n'
    expect(speakersOf(body)).toStrictEqual([
      {name: 'Representative of NYEMO', organization: 'NYEMO', items: ['other'], unnamed: true}
    ])
  })

  it('reads "A NYEMO representative" too', () => {
    expect(speakersOf('## Other\n\nA NYEMO representative asked about funding.\n')).toStrictEqual([
      {name: 'Representative of NYEMO', organization: 'NYEMO', items: ['other'], unnamed: true}
    ])
  })

  it('does not create a person for "He" or "She"', () => {
    const body = '## Update\n\nMatt Friedman briefly updated the meeting. He emphasised the catalyst role.\n\n## Next\n\nShe asked a question.\n'
    expect(speakersOf(body)).toStrictEqual([{name: 'Matt Friedman', items: ['update']}])
  })

  it('picks the antecedent whose honorific fits the pronoun', () => {
    const body = '## Talk\n\nMs Jane Doe presented. Mr John Roe asked a question. She replied that it was funded.\n'
    expect(parse(body).items[0]!.speakers).toStrictEqual([{name: 'Jane Doe'}, {name: 'John Roe'}])
  })

  it('finds speakers in list items, sub-items and bold text, but not in code blocks', () => {
    const body =
      '## Reports\n\n- Ms Jane Doe presented the first report.\n\n### Group 1\n\n**Mr John Roe** said the group agreed.\n\n' +
      '```\nMs Code Person said nothing.\n```\n'
    const meeting = parse(body)
    expect(meeting.speakers).toStrictEqual([
      {name: 'Jane Doe', items: ['reports']},
      {name: 'John Roe', items: ['group-1']}
    ])
    expect(meeting.items[0]!.items[0]!.speakers).toStrictEqual([{name: 'John Roe'}])
  })

  it('leaves out passive voice, mentions and bodies that are not people', () => {
    const body =
      '## Chair\n\nJohn McGeoghan from IOM was adopted as Chair of Stakeholder Meeting.\n\n' +
      '## Other\n\nFreedom Day is in honour of William Wilberforce who finally witnessed the abolition. The proposed format is:\n\n' +
      'For further information contact Helen Sworn on the phone.\n\n' +
      'The delegation met with relevant agencies. The Ministry of Social Affairs, Veterans and Youth Rehabilitation met with partners.\n\n' +
      'The delegation discussed the MOU. The Ministry of Interior presented a plan. Working Groups discussed data. ' +
      'UNICEF and IOM presented. See below the Coordination Structure presented for discussion.\n'
    expect(speakersOf(body)).toStrictEqual([])
  })

  it('does not take a leading phrase for a second speaker', () => {
    expect(speakersOf('## Talk\n\nIn Phnom Penh, Helen Sworn said the shelter was full.\n')).toStrictEqual([{name: 'Helen Sworn', items: ['talk']}])
  })

  it('takes a bare "The Chair" as the chair of the front matter', () => {
    expect(speakersOf('## Close of business\n\nThe Chair closed the meeting.\n', 'chair: Bettina Maas\n')).toStrictEqual([
      {name: 'Bettina Maas', role: 'Chair', items: ['close-of-business']}
    ])
    expect(speakersOf('## Close of business\n\nThe Chair closed the meeting.\n')).toStrictEqual([])
  })

  it('matches a Khmer attendee name literally, with or without an honorific', () => {
    const frontMatter = 'attendees:\n  - name: សុខ ដារា\n    organization: Ministry of Women’s Affairs\n'
    const body = '## Shelters\n\nសុខ ដារា explained that the shelter is full.\n\n## Law\n\nLok Chumteav សុខ ដារា said the draft is ready.\n'
    expect(speakersOf(body, frontMatter)).toStrictEqual([
      {name: 'សុខ ដារា', organization: 'Ministry of Women’s Affairs', items: ['shelters', 'law']}
    ])
  })

  it('drops council honorifics, reads "The Clerk" as the attendee who is Clerk and a subject after a lead-in', () => {
    const frontMatter =
      'chair: Jane Porter\nattendees:\n  - name: Robert Hale\n    role: Vice-Chairman\n  - name: Mark Denby\n    role: Clerk\n'
    const body =
      '## Planning\n\nCllr Robert Hale proposed no objection; seconded by Cllr Anita Desai.\n\n' +
      '## Finance\n\nThe Clerk presented the accounts. After discussion Cllr Hale proposed new panels. The report by Cllr Desai said little.\n'
    expect(speakersOf(body, frontMatter)).toStrictEqual([
      {name: 'Robert Hale', role: 'Vice-Chairman', items: ['planning', 'finance']},
      {name: 'Mark Denby', role: 'Clerk', items: ['finance']}
    ])
  })

  it('resolves registry aliases and initials to the canonical name, with registry role and organisation', () => {
    const config: Config = {
      ...defaultConfig,
      people: [{name: 'Kristy Fleming', aliases: ['K. Fleming'], organization: 'UNIAP Cambodia', role: 'Project Advisor'}],
      organizations: [{name: 'UNIAP-Cambodia', aliases: ['UNIAP Cambodia']}]
    }
    const body = '## One\n\nK. Fleming presented the survey.\n\n## Two\n\nMs K Fleming asked a question.\n\n## Three\n\nMs Fleming replied.\n'
    expect(speakersOf(body, '', config)).toStrictEqual([
      {name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia', items: ['one', 'two', 'three']}
    ])
  })

  it('prefers the text’s role and organisation over the attendee list’s', () => {
    const frontMatter = 'attendees:\n  - name: Yim Po\n    organization: CCPCR\n    role: Director\n'
    const body = '## A\n\nMr Yim Po, Executive Director of CCPCR, presented.\n\n## B\n\nMr Po asked.\n'
    expect(speakersOf(body, frontMatter)).toStrictEqual([
      {name: 'Yim Po', role: 'Executive Director', organization: 'CCPCR', items: ['a', 'b']}
    ])
  })
})

describe('speakers from labels', () => {
  it('reads bold labels with organisation, or role and organisation', () => {
    const body =
      '## Draft law\n\n**Dara Sok (Ministry of Justice):** The draft has been sent.\n\n' +
      '**Helen Sworn (Director, Chab Dai):** We support it.\n\n**Ms Lesley Miller**: UNICEF agrees.\n'
    expect(speakersOf(body)).toStrictEqual([
      {name: 'Dara Sok', organization: 'Ministry of Justice', items: ['draft-law']},
      {name: 'Helen Sworn', role: 'Director', organization: 'Chab Dai', items: ['draft-law']},
      {name: 'Lesley Miller', items: ['draft-law']}
    ])
  })

  it('does not take markers or group names for people', () => {
    const body =
      '## Law\n\n**Decision:** The group will submit comments.\n\n**Next Meeting:** 20 June.\n\n**Group 1:** Shelters.\n\n' +
      'Note: nothing else.\n\nRecording: none.\n\nBackground: a field label is not a person.\n'
    expect(speakersOf(body)).toStrictEqual([])
  })

  it('takes an unknown full name as a speaker when there is no roll call to check it against', () => {
    expect(speakersOf('## Releases\n\n- Sam Okoro: released 2.1\n')).toStrictEqual([{name: 'Sam Okoro', items: ['releases']}])
  })

  it('takes an unknown label with a roll call only when the minutes use it again', () => {
    const frontMatter = 'attendees:\n  - Ana Lima\n'
    expect(speakersOf('## A\n\nDara Sok: once is not enough.\n', frontMatter)).toStrictEqual([])
    expect(speakersOf('## A\n\nPriya: first.\n\nAna Lima: reply.\n\nPriya: again.\n', frontMatter).map((speaker) => speaker.name)).toEqual(['Priya', 'Ana Lima'])
  })

  it('resolves abbreviation labels through attendee aliases, in the exact case', () => {
    const frontMatter =
      'attendees:\n  - name: Dana Ellison\n    organization: Northgate University\n    aliases: [DE]\n' +
      '  - name: Rafael P. Rivera\n    role: Chair\n    aliases: [RPR]\n'
    const body = '## Opening\n\nRPR: Welcome back.\n\n## Timestamps\n\n- DE: I think the fix is done.\n- De: not the same.\n\nXYZ: Nobody.\n'
    expect(speakersOf(body, frontMatter)).toStrictEqual([
      {name: 'Rafael P. Rivera', role: 'Chair', items: ['opening']},
      {name: 'Dana Ellison', organization: 'Northgate University', items: ['timestamps']}
    ])
  })

  it('reads a plain "Name (Org):" label of an attendee and prose after a label', () => {
    const frontMatter = 'attendees:\n  - Kristy Fleming (UNIAP-Cambodia)\n'
    const body = '## Survey\n\nKristy Fleming (UNIAP): The survey is done. Mr John Roe asked about data.\n'
    expect(speakersOf(body, frontMatter)).toStrictEqual([
      {name: 'Kristy Fleming', organization: 'UNIAP', items: ['survey']},
      {name: 'John Roe', items: ['survey']}
    ])
  })
})

describe('robustness', () => {
  it('never throws on long runs of names, commas and verbs', () => {
    const paragraph = Array.from({length: 400}, (_, index) => `Ab Cd, Ef Gh and Ij Kl from Mn Op, ${index % 7 === 0 ? 'said' : 'and'}`).join(' ')
    const speakers = speakersOf(`## Noise\n\n${paragraph} said.\n`)
    expect(speakers.map((speaker) => speaker.name)).toStrictEqual(['Ab Cd', 'Ef Gh', 'Ij Kl'])
  })
})
