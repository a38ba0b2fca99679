import {describe, expect, it} from 'vitest'
import {buildArchive} from '../../src/archive/build-archive.js'
import {defaultConfig, type Config} from '../../src/model/config.js'
import type {AgendaItem, Meeting, Person} from '../../src/model/meeting.js'

function item(anchor: string, title: string, speakers: Person[] = [], extra: Partial<AgendaItem> = {}): AgendaItem {
  return {title, anchor, line: 1, depth: 2, speakers, decisions: [], actions: [], recommendations: [], points: [], html: '', items: [], ...extra}
}

function meeting(slug: string, extra: Partial<Meeting> = {}): Meeting {
  const items = extra.items ?? []
  const all = items.flatMap((entry) => [entry, ...entry.items])
  return {
    slug,
    source: `meetings/${slug.slice(0, 4)}/${slug}.md`,
    title: 'Stakeholder Meeting',
    date: slug.slice(0, 10),
    series: 'Stakeholder Meeting',
    status: 'approved',
    attendees: [],
    apologies: [],
    speakers: [],
    organizations: [],
    decisions: all.flatMap((entry) => entry.decisions),
    actions: all.flatMap((entry) => entry.actions),
    recommendations: all.flatMap((entry) => entry.recommendations),
    ...extra,
    items
  }
}

const config: Config = {
  ...defaultConfig,
  title: 'Test archive',
  people: [{name: 'Kristy Fleming', aliases: ['Ms Fleming', 'K. Fleming'], organization: 'UNIAP-Cambodia', role: 'Project Advisor'}],
  organizations: [
    {name: 'UNIAP', short: 'UNIAP', aliases: ['UN Inter-Agency Project']},
    {name: 'UNIAP-Cambodia', short: 'UNIAP-Cambodia', aliases: ['UNIAP Cambodia'], parent: 'UNIAP'}
  ]
}

describe('buildArchive', () => {
  const meetings = [
    meeting('2007-04-25-stakeholder-meeting', {
      approves: '2007-03-28-stakeholder-meeting',
      items: [item('updates', 'Updates', [{name: 'K. Fleming', organization: 'UNIAP Cambodia'}])]
    }),
    meeting('2007-02-28-stakeholder-meeting', {
      attendees: [{name: 'Yim Po', organization: 'CCPCR'}],
      items: [
        item('survey', 'Survey results', [{name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia'}], {
          decisions: [{text: 'The structure was endorsed.', item: 'survey', line: 9}],
          actions: [{text: 'Yim Po to circulate the notes', owner: 'Yim Po', done: false, item: 'survey', line: 10}]
        })
      ]
    }),
    meeting('2007-03-28-stakeholder-meeting', {
      approves: '2007-02-28-stakeholder-meeting',
      chair: {name: 'Ms Fleming'},
      items: [item('groups', 'Group reports', [{name: 'Ms Fleming'}])]
    }),
    meeting('2007-03-01-working-group', {series: 'Working Group', title: 'Working Group'})
  ]
  const archive = buildArchive(meetings, config)

  it('sorts meetings by date then slug', () => {
    expect(archive.meetings.map((entry) => entry.meeting.slug)).toEqual([
      '2007-02-28-stakeholder-meeting',
      '2007-03-01-working-group',
      '2007-03-28-stakeholder-meeting',
      '2007-04-25-stakeholder-meeting'
    ])
  })

  it('merges three spellings across three meetings into one person', () => {
    const fleming = archive.people.filter((person) => person.name === 'Kristy Fleming')
    expect(fleming).toHaveLength(1)
    expect(archive.people.map((person) => person.slug)).toEqual(['kristy-fleming', 'yim-po'])
    const person = fleming[0]!
    expect(person.aliases).toEqual(['K. Fleming', 'Ms Fleming'])
    expect(person.contributions.map((c) => [c.meeting.slug, c.item.anchor, c.role ?? null, c.organization ?? null])).toEqual([
      ['2007-02-28-stakeholder-meeting', 'survey', 'Project Advisor', 'UNIAP-Cambodia'],
      ['2007-03-28-stakeholder-meeting', 'groups', null, null],
      ['2007-04-25-stakeholder-meeting', 'updates', null, 'UNIAP Cambodia']
    ])
    expect(person.attendance).toEqual([{meeting: expect.objectContaining({slug: '2007-03-28-stakeholder-meeting'}), as: 'chair'}])
    expect(person.organization).toBe('UNIAP-Cambodia')
    expect(person.organizationSlug).toBe('uniap-cambodia')
    expect(archive.meetings[3]!.personSlugs).toEqual({'K. Fleming': 'kristy-fleming'})
  })

  it('links approvals both ways', () => {
    const [first, , second, third] = archive.meetings
    expect(first!.adoptedAt?.slug).toBe('2007-03-28-stakeholder-meeting')
    expect(second!.approves?.slug).toBe('2007-02-28-stakeholder-meeting')
    expect(second!.adoptedAt?.slug).toBe('2007-04-25-stakeholder-meeting')
    expect(third!.adoptedAt).toBeUndefined()
  })

  it('links previous and next within a series only', () => {
    const bySlug = new Map(archive.meetings.map((entry) => [entry.meeting.slug, entry]))
    const second = bySlug.get('2007-03-28-stakeholder-meeting')!
    expect(second.previous?.slug).toBe('2007-02-28-stakeholder-meeting')
    expect(second.next?.slug).toBe('2007-04-25-stakeholder-meeting')
    const group = bySlug.get('2007-03-01-working-group')!
    expect(group.previous).toBeUndefined()
    expect(group.next).toBeUndefined()
    expect(archive.series.map((s) => [s.slug, s.meetings.length])).toEqual([
      ['stakeholder-meeting', 3],
      ['working-group', 1]
    ])
    expect(archive.years.map((y) => [y.year, y.meetings.length])).toEqual([['2007', 4]])
  })

  it('merges organisation spellings and files children under their parent', () => {
    expect(archive.organizations.map((o) => [o.slug, o.name, o.parent?.slug ?? null, o.children.map((c) => c.slug)])).toEqual([
      ['ccpcr', 'CCPCR', null, []],
      ['uniap', 'UNIAP', null, ['uniap-cambodia']],
      ['uniap-cambodia', 'UNIAP-Cambodia', 'uniap', []]
    ])
    const office = archive.organizations.find((o) => o.slug === 'uniap-cambodia')!
    expect(office.meetings.map((m) => m.slug)).toEqual(['2007-02-28-stakeholder-meeting', '2007-04-25-stakeholder-meeting'])
    expect(office.people).toEqual([{slug: 'kristy-fleming', name: 'Kristy Fleming'}])
  })

  it('fills the registers with their source meeting and item', () => {
    expect(archive.decisions).toEqual([
      {
        decision: {text: 'The structure was endorsed.', item: 'survey', line: 9},
        meeting: {slug: '2007-02-28-stakeholder-meeting', title: 'Stakeholder Meeting', date: '2007-02-28', series: 'Stakeholder Meeting'},
        item: {anchor: 'survey', title: 'Survey results'},
        personSlugs: {}
      }
    ])
    expect(archive.motionsNotCarried).toEqual([])
    expect(archive.actions.map((a) => [a.action.owner, a.ownerSlug, a.owners, a.done, a.status, a.item.anchor])).toEqual([
      ['Yim Po', 'yim-po', [{name: 'Yim Po', slug: 'yim-po'}], false, 'open', 'survey']
    ])
  })

  it('follows an action raised, carried open and closed in a third meeting', () => {
    const action = (text: string, done: boolean, line: number) => ({text, owner: 'Yim Po', done, item: 'follow-up', line})
    const series = [
      meeting('2007-05-30-stakeholder-meeting', {items: [item('follow-up', 'Follow-up', [], {actions: [action('Yim Po to circulate the shelter guidelines', false, 5)]})]}),
      meeting('2007-06-27-stakeholder-meeting', {items: [item('follow-up', 'Follow-up', [], {actions: [action('Yim Po to circulate the shelter guidelines', false, 7)]})]}),
      meeting('2007-07-25-stakeholder-meeting', {items: [item('follow-up', 'Follow-up', [], {actions: [action('Yim Po to circulate the shelter guidelines', true, 9)]})]})
    ]
    const register = buildArchive(series, config).actions
    expect(register.map((entry) => [entry.meeting.slug, entry.done, entry.carriedIn.map((ref) => ref.slug), entry.closedIn?.slug, entry.closedItem?.anchor])).toEqual([
      ['2007-05-30-stakeholder-meeting', true, ['2007-06-27-stakeholder-meeting'], '2007-07-25-stakeholder-meeting', 'follow-up']
    ])
  })
})

describe('slugs', () => {
  it('keeps Khmer letters, dedupes with -2 and merges attendee aliases', () => {
    const archive = buildArchive(
      [
        meeting('2008-01-30-stakeholder-meeting', {
          attendees: [{name: 'សុខ ដារា'}, {name: 'Chea Vannak'}, {name: 'Chea  Vannak!'}],
          items: [item('a', 'A', [{name: 'Mr Vannak'}])]
        })
      ],
      defaultConfig,
      {attendeeAliases: [{name: 'Chea Vannak', aliases: ['Mr Vannak']}]}
    )
    expect(archive.people.map((p) => [p.name, p.slug])).toEqual([
      ['Chea  Vannak!', 'chea-vannak'],
      ['Chea Vannak', 'chea-vannak-2'],
      ['សុខ ដារា', 'សុខ-ដារា']
    ])
    expect(archive.people[1]!.contributions.map((c) => c.item.anchor)).toEqual(['a'])
  })
})

describe('same-name merging', () => {
  it('merges a name written with and without a title', () => {
    const archive = buildArchive(
      [meeting('2010-04-12-parish-council', {attendees: [{name: 'Anita Desai'}], items: [item('planning', 'Planning', [{name: 'Cllr Anita Desai'}])]})],
      defaultConfig
    )
    expect(archive.people.map((p) => [p.name, p.aliases, p.contributions.length, p.attendance.length])).toEqual([['Anita Desai', ['Cllr Anita Desai'], 1, 1]])
  })
})

describe('motions and their people', () => {
  const council: Config = {
    ...defaultConfig,
    people: [
      {name: 'Robert Hale', aliases: ['Cllr Hale']},
      {name: 'Anita Desai', aliases: ['A. Desai']}
    ]
  }
  const carried = {
    text: 'That the Council raise no objection',
    item: 'planning',
    line: 5,
    outcome: 'carried' as const,
    mover: 'Robert Hale',
    seconder: 'Anita Desai',
    votes: {for: 3, against: 0, abstain: 1}
  }
  const failed = {text: 'That the hall be painted red', item: 'planning', line: 6, outcome: 'failed' as const, mover: 'Cllr Hale', seconder: 'A. Desai', votes: {for: 1, against: 4}}
  const withdrawn = {text: 'That the play area close on Sundays', item: 'planning', line: 7, outcome: 'withdrawn' as const, mover: 'Anita Desai'}
  const deferred = {text: 'That the footpath be resurfaced', item: 'planning', line: 8, outcome: 'deferred' as const}
  const stated = {text: 'The agenda was adopted.', item: 'planning', line: 4}
  const election = {text: 'Election of the Chairman', item: 'officers', line: 12, unanimous: true, elected: [{name: 'Cllr Hale', office: 'Chairman'}]}
  const archive = buildArchive(
    [
      meeting('2010-04-12-parish-council', {
        series: 'Parish Council',
        attendees: [{name: 'Robert Hale'}, {name: 'Anita Desai'}, {name: 'Peter Lowe'}],
        items: [
          item('planning', 'Planning', [], {
            decisions: [stated, carried, failed, withdrawn, deferred],
            actions: [
              {text: 'Cllr Hale and Cllr Lowe to meet the County Council', owner: 'Robert Hale; Peter Lowe', done: false, status: 'in-progress', item: 'planning', line: 9},
              {text: 'Clerk to order the bench', owner: 'Clerk', done: false, item: 'planning', line: 10}
            ]
          }),
          item('officers', 'Election of officers', [], {decisions: [election]})
        ]
      }),
      meeting('2010-05-10-parish-council', {
        series: 'Parish Council',
        attendees: [{name: 'Peter Lowe'}],
        items: [item('actions', 'Matters arising', [], {actions: [{text: 'Clerk to order the bench', owner: 'Clerk', done: true, item: 'actions', line: 4}]})]
      })
    ],
    council
  )
  const person = (slug: string) => archive.people.find((entry) => entry.slug === slug)!

  it('keeps only decisions stated outright and carried motions in the decisions register, elections included', () => {
    expect(archive.decisions.map((entry) => entry.decision.text)).toEqual([stated.text, carried.text, election.text])
    expect(archive.decisions[1]!.decision).toEqual(carried)
    expect(archive.decisions[2]!.personSlugs).toEqual({'Cllr Hale': 'robert-hale'})
  })

  it('records failed, withdrawn and deferred motions apart, with their outcome, meeting and item', () => {
    expect(archive.motionsNotCarried.map((entry) => [entry.decision.outcome, entry.decision.text, entry.meeting.slug, entry.item.title])).toEqual([
      ['failed', failed.text, '2010-04-12-parish-council', 'Planning'],
      ['withdrawn', withdrawn.text, '2010-04-12-parish-council', 'Planning'],
      ['deferred', deferred.text, '2010-04-12-parish-council', 'Planning']
    ])
    expect(archive.motionsNotCarried[0]!.personSlugs).toEqual({'A. Desai': 'anita-desai', 'Cllr Hale': 'robert-hale'})
  })

  it("puts motions on the mover's and the seconder's pages, however the minutes spell them", () => {
    expect(person('robert-hale').motions.map((motion) => [motion.as, motion.decision.text])).toEqual([
      ['mover', carried.text],
      ['mover', failed.text]
    ])
    expect(person('anita-desai').motions.map((motion) => [motion.as, motion.decision.text])).toEqual([
      ['seconder', carried.text],
      ['seconder', failed.text],
      ['mover', withdrawn.text]
    ])
    expect(person('peter-lowe').motions).toEqual([])
  })

  it('puts an action of several owners on each owner\'s page, with its status', () => {
    const [meetCounty] = archive.actions
    expect(meetCounty!.owners).toEqual([
      {name: 'Robert Hale', slug: 'robert-hale'},
      {name: 'Peter Lowe', slug: 'peter-lowe'}
    ])
    expect(meetCounty!.ownerSlug).toBeUndefined()
    expect(meetCounty!.status).toBe('in-progress')
    expect(person('robert-hale').actions.map((entry) => entry.action.text)).toEqual(['Cllr Hale and Cllr Lowe to meet the County Council'])
    expect(person('peter-lowe').actions.map((entry) => [entry.action.text, entry.status, entry.meeting.slug])).toEqual([
      ['Cllr Hale and Cllr Lowe to meet the County Council', 'in-progress', '2010-04-12-parish-council']
    ])
    expect(person('anita-desai').actions).toEqual([])
  })

  it('closes an action in a later meeting and gives no page to an owner who is not a person of the archive', () => {
    const bench = archive.actions.find((entry) => entry.action.text === 'Clerk to order the bench')!
    expect([bench.status, bench.done, bench.closedIn?.slug, bench.owners]).toEqual(['done', true, '2010-05-10-parish-council', [{name: 'Clerk'}]])
    expect(archive.people.map((entry) => entry.slug)).toEqual(['anita-desai', 'peter-lowe', 'robert-hale'])
  })

  it("links every spelling of a mover, seconder, person elected and owner from the meeting's entry", () => {
    expect(archive.meetings[0]!.personSlugs).toEqual({
      'A. Desai': 'anita-desai',
      'Anita Desai': 'anita-desai',
      'Cllr Hale': 'robert-hale',
      'Peter Lowe': 'peter-lowe',
      'Robert Hale': 'robert-hale'
    })
  })
})
