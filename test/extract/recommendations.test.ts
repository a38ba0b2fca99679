import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {hasRecommendationCue} from '../../src/extract/text/cues.js'
import {defaultConfig} from '../../src/model/config.js'
import type {AgendaItem, Meeting} from '../../src/model/meeting.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

// Six lines of front matter and a blank line: the body's first line is line 7 of the file.
const head = '---\ntitle: Recommendations\ndate: 2024-01-01\nstatus: approved\n---\n\n'

function parse(body: string, cues: string[] = []): Meeting {
  const config = {...defaultConfig, recommendationCues: cues}
  const {meeting, messages} = parseMeeting(head + body, {path: 'meetings/2024/2024-01-01-recs.md', config})
  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  return meeting!
}

function flatten(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.items)])
}

function pointsByItem(meeting: Meeting): Record<string, string[]> {
  return Object.fromEntries(
    flatten(meeting.items)
      .filter((item) => item.points.length > 0)
      .map((item) => [item.anchor, item.points])
  )
}

function grouped(meeting: Meeting): Array<[string | null, string]> {
  return meeting.recommendations.map((recommendation) => [recommendation.group ?? null, recommendation.text])
}

describe('recommendations and points on the seed meeting', () => {
  const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const {meeting} = parseMeeting(readFileSync(new URL(`../../${path}`, import.meta.url)), {path})
  const seed = meeting!

  it('finds the 33 small-group bullets in Group 1 to Group 5 (6, 4, 10, 4, 9)', () => {
    expect(seed.recommendations).toHaveLength(33)
    const counts = new Map<string, number>()
    for (const recommendation of seed.recommendations) {
      counts.set(recommendation.group!, (counts.get(recommendation.group!) ?? 0) + 1)
    }
    expect([...counts]).toEqual([
      ['Group 1', 6],
      ['Group 2', 4],
      ['Group 3', 10],
      ['Group 4', 4],
      ['Group 5', 9]
    ])
  })

  it('places each recommendation on its group sub-item and source line', () => {
    expect(seed.recommendations[0]).toEqual({
      text: '1 National taskforce with working groups underneath it – thematic coordination at the provincial level too',
      group: 'Group 1',
      item: 'group-1',
      line: 53
    })
    expect(seed.recommendations.find((recommendation) => recommendation.text === 'Taskforce to work on dissemination')).toEqual({
      text: 'Taskforce to work on dissemination',
      group: 'Group 3',
      item: 'group-3',
      line: 75
    })
    expect(seed.recommendations[32]).toEqual({
      text: 'Q2 – No additional ideas – can take as presented',
      group: 'Group 5',
      item: 'group-5',
      line: 99
    })
    const group2 = flatten(seed.items).find((item) => item.anchor === 'group-2')!
    expect(group2.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Creation of information centre of migration destination province',
      'Centralisation of data to come up with plan of action and discuss with donors',
      'Guidelines for recruitment agencies',
      'Fight against corruption in particular against border areas'
    ])
  })

  it('keeps every other list as points: survey structure, questions, delegation issues, CCPCR work, Freedom Day', () => {
    expect(pointsByItem(seed)).toEqual({
      'presentation-of-the-results-from-the-survey-on-coordination-needs-of-stakeholders': [
        'Coordination Group on Criminal Justice',
        'Specialist anti-TIPSE response',
        'Legal Sector Cooperation'
      ],
      'small-group-discussions-on-coordination-needs-and-recommendations': [
        'What are the most important objectives that you would like to see achieved in the fight against human trafficking in 2007?',
        'Do you think the proposed structure can facilitate the achievement of these objectives? Why / Why not?'
      ],
      'presentation-on-the-vietnam-cambodia-exchange-visit-and-future-plans': [
        'The phenomena of cross border trafficking',
        'Implementation of the agreement between both countries'
      ],
      'presentation-on-an-assessment-of-trafficking-in-svay-rieng-province': [
        'Training workshops',
        'dissemination of information to rural areas',
        'victims referred to CCPCR from authorities',
        'provide shelter, meals, medical, counselling, vocational training',
        'pre-assessment of family',
        'reintegration and follow-up (targeted support fund, continued support from social worker, non-family reintegration options)'
      ],
      'other-business': [
        'Formal Event with Government Officials and Embassies',
        'Discussion of Modern Day Slavery',
        'Cambodia’s Role in Ending Modern Day Slavery',
        'Stories of Modern Day Slavery',
        'Freedom Evening',
        'Community wide event',
        'Concert',
        'Drama/Creative Arts',
        'Preview of Amazing Grace movie',
        'Candle Lighting/Releasing of Birds'
      ]
    })
  })

  it('accounts for every list item of the seed exactly once', () => {
    const items = flatten(seed.items)
    const listed = items.reduce(
      (sum, item) => sum + item.points.length + item.recommendations.length + item.actions.length,
      0
    )
    const source = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    expect(listed).toBe(source.split('\n').filter((line) => /^(?:- |\d\) )/.test(line)).length)
  })
})

describe('recommendation cues', () => {
  it('reads lists under a heading with a cue word, without a group for a top-level item', () => {
    expect(grouped(parse('## Recommendations of the working group\n\n- Safe migration training\n'))).toEqual([
      [null, 'Safe migration training']
    ])
  })

  it('reads groups from sub-headings under a cued parent item', () => {
    const meeting = parse('## Group reports\n\n### Legal\n\n- New law\n\n### Health\n\n- Clinics\n')
    expect(meeting.recommendations).toEqual([
      {text: 'New law', group: 'Legal', item: 'legal', line: 11},
      {text: 'Clinics', group: 'Health', item: 'health', line: 15}
    ])
  })

  it('reads groups from bold lead-ins, which last until the next one', () => {
    const meeting = parse(
      '## Recommendations of the working group\n\n**Prevention**\n\n- Safe migration training\n\n**Protection**\n\nThey would like to see:\n\n- A common referral form\n\nRecommendation: Partners should brief shelter staff.\n'
    )
    expect(grouped(meeting)).toEqual([
      ['Prevention', 'Safe migration training'],
      ['Protection', 'A common referral form'],
      ['Protection', 'Partners should brief shelter staff.']
    ])
  })

  it('reads a lead-in paragraph with a cue just before the list, and only that paragraph', () => {
    const meeting = parse(
      '## Discussion\n\nParticipants made these suggestions:\n\n- More shelters\n\nOther remarks:\n\n- The room was cold\n'
    )
    expect(grouped(meeting)).toEqual([[null, 'More shelters']])
    expect(meeting.items[0]!.points).toEqual(['The room was cold'])
  })

  it('reads a lead-in list item over a nested list as the group', () => {
    const meeting = parse('## Recommendations\n\n- Group A:\n  - Train police\n  - Train judges\n- Fund shelters\n')
    expect(grouped(meeting)).toEqual([
      ['Group A', 'Train police'],
      ['Group A', 'Train judges'],
      [null, 'Fund shelters']
    ])
  })

  it('does not read "The proposed format ... is:" as a cue, but does read "were proposed:"', () => {
    expect(grouped(parse('## Other business\n\nThe proposed format for the event is:\n\n- Concert\n'))).toEqual([])
    expect(grouped(parse('## Other business\n\nThe following were proposed:\n\n- Concert\n'))).toEqual([[null, 'Concert']])
  })

  it('never makes a question a recommendation', () => {
    const meeting = parse('## Recommendations\n\n- What should change?\n- More training\n')
    expect(grouped(meeting)).toEqual([[null, 'More training']])
    expect(meeting.items[0]!.points).toEqual(['What should change?'])
  })

  it('uses extra cue words from the config', () => {
    expect(grouped(parse('## Wishlist\n\n- A new projector\n'))).toEqual([])
    expect(grouped(parse('## Wishlist\n\n- A new projector\n', ['wishlist']))).toEqual([[null, 'A new projector']])
    expect(grouped(parse('## Ideas for 2008\n\n- A new projector\n', ['ideas for']))).toEqual([[null, 'A new projector']])
  })

  it('reads `Recommendation:` marked list items and paragraphs anywhere', () => {
    const meeting = parse('## Visit\n\n- Recommendation: Extend the visit\n- Lunch\n\n**Recommendation:** Write a report.\n')
    expect(meeting.recommendations).toEqual([
      {text: 'Extend the visit', item: 'visit', line: 9},
      {text: 'Write a report.', item: 'visit', line: 12}
    ])
    expect(meeting.items[0]!.points).toEqual(['Lunch'])
  })

  it('knows its cue words', () => {
    for (const text of [
      'We recommend',
      'Recommendations',
      'The proposal',
      'They propose',
      'Suggestions',
      'Objectives for 2007',
      'Group report',
      'Reports back from groups',
      'would like to add'
    ]) {
      expect(hasRecommendationCue(text), text).toBe(true)
    }
    for (const text of ['The proposed format', 'Current work', 'presented her ideas', 'report back to the meeting']) {
      expect(hasRecommendationCue(text), text).toBe(false)
    }
  })
})

describe('points', () => {
  it('flattens nested lists in order, normalising whitespace and dropping markup', () => {
    const meeting = parse(
      '## Visit\n\n- First   *emphasised*\n  line\n  - Nested **one**\n  - Nested [link](https://example.org)\n- Second `code`\n\n1. Ordered <b>raw</b>\n'
    )
    expect(meeting.items[0]!.points).toEqual([
      'First emphasised line',
      'Nested one',
      'Nested link',
      'Second code',
      'Ordered raw'
    ])
  })

  it('reads lists inside block quotes too', () => {
    expect(parse('## Visit\n\n> - Quoted point\n').items[0]!.points).toEqual(['Quoted point'])
  })

  it('keeps a sub-item\'s points on the sub-item, not its parent', () => {
    const meeting = parse('## Visit\n\n- Parent point\n\n### Day one\n\n- Child point\n')
    expect(meeting.items[0]!.points).toEqual(['Parent point'])
    expect(meeting.items[0]!.items[0]!.points).toEqual(['Child point'])
  })
})
