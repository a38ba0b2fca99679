import {describe, expect, it} from 'vitest'
import {formatDate, normalisePathPrefix, searchRecords} from '../../src/site/search/records.js'
import {htmlToText} from '../../src/site/search/html-text.js'
import {namesFromArchive} from '../../src/site/search/names.js'
import type {Archive} from '../../src/archive/types.js'
import {fixtureMeetings, item, meeting} from './fixtures.js'

const records = searchRecords(fixtureMeetings, {pathPrefix: '/', language: 'en'})
const byUrl = new Map(records.map((record) => [record.url, record]))

describe('searchRecords', () => {
  it('gives one record per meeting page and per agenda item, oldest meeting first, drafts left out', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/meetings/2007-02-28-stakeholder-meeting/',
      '/meetings/2007-02-28-stakeholder-meeting/#welcome-and-introductions',
      '/meetings/2007-02-28-stakeholder-meeting/#svay-rieng-assessment',
      '/meetings/2007-03-28-stakeholder-meeting/',
      '/meetings/2007-03-28-stakeholder-meeting/#provincial-report',
      '/meetings/2007-03-28-stakeholder-meeting/#group-1'
    ])
  })

  it('lands the Svay Rieng item on its anchor, with its speakers, organisations and kinds as filters', () => {
    expect(byUrl.get('/meetings/2007-02-28-stakeholder-meeting/#svay-rieng-assessment')).toEqual({
      url: '/meetings/2007-02-28-stakeholder-meeting/#svay-rieng-assessment',
      content: 'Presentation on the Svay Rieng assessment. Ms Kristy Fleming presented the assessment of trafficking ' +
        'from Svay Rieng & Prey Veng. Migration Debt',
      language: 'en',
      meta: {
        title: 'Presentation on the Svay Rieng assessment — Stakeholder Meeting on Human Trafficking, 28 February 2007',
        item: 'Presentation on the Svay Rieng assessment',
        meeting: 'Stakeholder Meeting on Human Trafficking',
        date: '2007-02-28',
        series: 'Stakeholder Meeting'
      },
      filters: {
        series: ['Stakeholder Meeting'],
        year: ['2007'],
        person: ['John McGeoghan', 'Kristy Fleming'],
        organization: ['IOM', 'UNIAP-Cambodia'],
        kind: ['meeting', 'action']
      },
      sort: {date: '2007-02-28'}
    })
  })

  it('segments Khmer text, keeps unnamed speakers out of the person filter but their organisation in', () => {
    const record = byUrl.get('/meetings/2007-03-28-stakeholder-meeting/#provincial-report')
    expect(record?.content).toBe('Provincial report. សុខ ដា រា : កិច្ចប្រជុំ នេះ បាន ពិភាក្សា អំពី ការ ជួញដូរ មនុស្ស នៅ ' +
      'ខេត្តស្វាយរៀង ។ A representative from NYEMO asked about shelters.')
    expect(record?.filters).toEqual({
      series: ['Stakeholder Meeting'],
      year: ['2007'],
      person: ['សុខ ដារា'],
      organization: ["Ministry of Women's Affairs", 'NYEMO'],
      kind: ['meeting']
    })
  })

  it('titles a sub-item with its parent and marks its recommendations', () => {
    const record = byUrl.get('/meetings/2007-03-28-stakeholder-meeting/#group-1')
    expect(record?.meta['title']).toBe('Provincial report › Group 1 — Stakeholder Meeting on Human Trafficking, 28 March 2007')
    expect(record?.content).toBe('Group 1. More shelters Training for police')
    expect(record?.filters).toEqual({series: ['Stakeholder Meeting'], year: ['2007'], kind: ['meeting', 'recommendation']})
  })

  it('gives the meeting page a record of its title, place and people', () => {
    expect(byUrl.get('/meetings/2007-03-28-stakeholder-meeting/')).toEqual({
      url: '/meetings/2007-03-28-stakeholder-meeting/',
      content: 'Stakeholder Meeting on Human Trafficking. 28 March 2007. Stakeholder Meeting. Phnom Penh. Bettina Maas. សុខ ដា រា',
      language: 'en',
      meta: {
        title: 'Stakeholder Meeting on Human Trafficking, 28 March 2007',
        meeting: 'Stakeholder Meeting on Human Trafficking',
        date: '2007-03-28',
        series: 'Stakeholder Meeting'
      },
      filters: {
        series: ['Stakeholder Meeting'],
        year: ['2007'],
        person: ['Bettina Maas', 'សុខ ដារា'],
        organization: ["Ministry of Women's Affairs", 'NYEMO'],
        kind: ['meeting']
      },
      sort: {date: '2007-03-28'}
    })
  })

  it('never carries draft text', () => {
    expect(JSON.stringify(records)).not.toContain('Draftonlyword')
    expect(JSON.stringify(records)).not.toContain('2007-04-25')
  })

  it('honours the path prefix and percent-encodes non-Latin slugs and anchors', () => {
    const [khmer] = fixtureMeetings
    const renamed = {...khmer!, slug: '2007-03-28-កិច្ចប្រជុំ', items: [{...khmer!.items[0]!, anchor: 'របាយការណ៍', items: []}]}
    expect(searchRecords([renamed], {pathPrefix: 'minutes', language: 'en'}).map((record) => record.url)).toEqual([
      '/minutes/meetings/2007-03-28-%E1%9E%80%E1%9E%B7%E1%9E%85%E1%9F%92%E1%9E%85%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%87%E1%9E%BB%E1%9F%86/',
      '/minutes/meetings/2007-03-28-%E1%9E%80%E1%9E%B7%E1%9E%85%E1%9F%92%E1%9E%85%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%87%E1%9E%BB%E1%9F%86/' +
        '#%E1%9E%9A%E1%9E%94%E1%9E%B6%E1%9E%99%E1%9E%80%E1%9E%B6%E1%9E%9A%E1%9E%8E%E1%9F%8D'
    ])
  })

  it('gives the same records whatever order the meetings come in', () => {
    expect(searchRecords([...fixtureMeetings].reverse(), {pathPrefix: '/', language: 'en'})).toEqual(records)
  })
})

describe('page names from the Archive', () => {
  it('merges the spellings of one person and one organisation into the names of their pages', () => {
    const council = meeting({
      slug: '2010-04-12-parish-council',
      title: 'Parish Council',
      date: '2010-04-12',
      chair: {name: 'Jane Porter'},
      attendees: [{name: 'Anita Desai'}],
      apologies: [{name: 'Peter Lowe'}],
      speakers: [{name: 'Cllr Anita Desai', organization: 'MoWA', items: ['planning']}],
      items: [item({title: 'Planning', anchor: 'planning', speakers: [{name: 'Cllr Anita Desai', organization: 'MoWA'}]})]
    })
    const archive = {
      meetings: [{
        meeting: council,
        personSlugs: {'Anita Desai': 'anita-desai', 'Cllr Anita Desai': 'anita-desai', 'Jane Porter': 'jane-porter'},
        organizationSlugs: {MoWA: 'ministry-of-womens-affairs'}
      }],
      people: [{slug: 'anita-desai', name: 'Anita Desai'}, {slug: 'jane-porter', name: 'Jane Porter'}],
      organizations: [{slug: 'ministry-of-womens-affairs', name: "Ministry of Women's Affairs"}]
    } as unknown as Pick<Archive, 'meetings' | 'people' | 'organizations'>
    const [page, planning] = searchRecords([council], {pathPrefix: '/', language: 'en', names: namesFromArchive(archive)})
    expect(page?.filters['person']).toEqual(['Anita Desai', 'Jane Porter'])
    expect(planning?.filters).toEqual({year: ['2010'], person: ['Anita Desai'], organization: ["Ministry of Women's Affairs"], kind: ['meeting']})
    // Peter Lowe sent apologies: named in the text, but not a person who took part.
    expect(page?.content).toBe('Parish Council. 12 April 2010. Jane Porter. Anita Desai. Peter Lowe')
  })
})

describe('helpers', () => {
  it('formats dates without the machine locale', () => {
    expect([formatDate('2007-02-28'), formatDate('2007-12-01')]).toEqual(['28 February 2007', '1 December 2007'])
  })

  it('normalises path prefixes', () => {
    expect(['/', '', 'minutes', '/minutes', '/minutes/', 'a/b/'].map(normalisePathPrefix))
      .toEqual(['/', '/', '/minutes/', '/minutes/', '/minutes/', '/a/b/'])
  })

  it('strips tags, decodes entities and keeps words of adjacent blocks apart', () => {
    expect(htmlToText('<p>One<strong>Two</strong></p><ul><li>A&amp;B</li><li>C</li></ul><!-- x --><p>D&nbsp;E</p>'))
      .toBe('OneTwo A&B C D E')
  })
})
