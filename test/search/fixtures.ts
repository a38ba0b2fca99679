import type {AgendaItem, Meeting} from '../../src/model/meeting.js'

/** An agenda item with empty registers, overridden where a test needs content. */
export function item(overrides: Partial<AgendaItem> & Pick<AgendaItem, 'title' | 'anchor'>): AgendaItem {
  return {
    line: 1,
    depth: 2,
    speakers: [],
    decisions: [],
    actions: [],
    recommendations: [],
    points: [],
    html: '',
    items: [],
    ...overrides
  }
}

/** A meeting with empty lists, overridden where a test needs content. */
export function meeting(overrides: Partial<Meeting> & Pick<Meeting, 'slug' | 'title' | 'date'>): Meeting {
  return {
    source: `meetings/${overrides.date.slice(0, 4)}/${overrides.slug}.md`,
    status: 'approved',
    attendees: [],
    apologies: [],
    items: [],
    speakers: [],
    organizations: [],
    decisions: [],
    actions: [],
    recommendations: [],
    ...overrides
  }
}

/** The Khmer sentence of the fixture: "The meeting discussed human trafficking in Svay Rieng province." */
export const khmerSentence = 'កិច្ចប្រជុំនេះបានពិភាក្សាអំពីការជួញដូរមនុស្សនៅខេត្តស្វាយរៀង។'

/** A small archive: the Svay Rieng item of the seed meeting, a Khmer item, a sub-item, and a draft. */
export const fixtureMeetings: Meeting[] = [
  meeting({
    slug: '2007-03-28-stakeholder-meeting',
    title: 'Stakeholder Meeting on Human Trafficking',
    date: '2007-03-28',
    series: 'Stakeholder Meeting',
    location: 'Phnom Penh',
    chair: {name: 'Bettina Maas'},
    attendees: [{name: 'សុខ ដារា', organization: "Ministry of Women's Affairs"}],
    organizations: ["Ministry of Women's Affairs", 'NYEMO'],
    speakers: [
      {name: 'សុខ ដារា', organization: "Ministry of Women's Affairs", items: ['provincial-report']},
      {name: 'Representative of NYEMO', organization: 'NYEMO', unnamed: true, items: ['provincial-report']}
    ],
    items: [
      item({
        title: 'Provincial report',
        anchor: 'provincial-report',
        speakers: [
          {name: 'សុខ ដារា', organization: "Ministry of Women's Affairs"},
          {name: 'Representative of NYEMO', organization: 'NYEMO'}
        ],
        html: `<p><strong>សុខ ដារា:</strong> ${khmerSentence}</p><p>A representative from NYEMO asked about shelters.</p>`,
        items: [
          item({
            title: 'Group 1',
            anchor: 'group-1',
            depth: 3,
            recommendations: [{text: 'More shelters', group: 'Group 1', item: 'group-1', line: 30}],
            html: '<ul><li>More shelters</li><li>Training for police</li></ul>'
          })
        ]
      })
    ]
  }),
  meeting({
    slug: '2007-02-28-stakeholder-meeting',
    title: 'Stakeholder Meeting on Human Trafficking',
    date: '2007-02-28',
    series: 'Stakeholder Meeting',
    chair: {name: 'Bettina Maas', role: 'Chair'},
    organizations: ['IOM', 'UNIAP-Cambodia'],
    speakers: [
      {name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia', items: ['svay-rieng-assessment']},
      {name: 'John McGeoghan', organization: 'IOM', items: ['svay-rieng-assessment']}
    ],
    items: [
      item({title: 'Welcome and introductions', anchor: 'welcome-and-introductions', html: '<p>The agenda was adopted.</p>',
        decisions: [{text: 'The agenda was adopted.', item: 'welcome-and-introductions', line: 12}]}),
      item({
        title: 'Presentation on the Svay Rieng assessment',
        anchor: 'svay-rieng-assessment',
        speakers: [
          {name: 'Kristy Fleming', role: 'Project Advisor', organization: 'UNIAP-Cambodia'},
          {name: 'John McGeoghan', organization: 'IOM'}
        ],
        actions: [{text: 'IOM to share the data', owner: 'IOM', done: false, item: 'svay-rieng-assessment', line: 20}],
        html: '<p>Ms Kristy Fleming presented the assessment of trafficking from Svay&nbsp;Rieng &amp; Prey Veng.</p>' +
          '<ul><li>Migration</li><li>Debt</li></ul>'
      })
    ]
  }),
  meeting({
    slug: '2007-04-25-stakeholder-meeting',
    title: 'Draft minutes nobody approved',
    date: '2007-04-25',
    series: 'Stakeholder Meeting',
    status: 'draft',
    items: [item({title: 'Unpublished item', anchor: 'unpublished', html: '<p>Draftonlyword in a draft.</p>'})]
  })
]
