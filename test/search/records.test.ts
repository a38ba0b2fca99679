import {describe, expect, it} from 'vitest'
import {formatDate, normalisePathPrefix, searchPages, type SearchPage} from '../../src/render/search-records.js'
import {htmlToText} from '../../src/render/html-text.js'
import {namesFromArchive} from '../../src/render/search-names.js'
import type {Archive} from '../../src/archive/types.js'
import {fixtureMeetings, item, meeting} from './fixtures.js'

const pages = searchPages(fixtureMeetings, {pathPrefix: '/', language: 'en'})
const byUrl = new Map(pages.map((page) => [page.url, page]))

/** The `data-pagefind-…` spans of a page's hidden block, as `[attribute, key, text]` (entities as written). */
function tagged(page: SearchPage | undefined, attribute: 'meta' | 'filter' | 'sort'): Array<[string, string]> {
  const pattern = new RegExp(`<span data-pagefind-${attribute}="([^"]*)">([^<]*)</span>`, 'g')
  return [...(page?.html ?? '').matchAll(pattern)].map((match) => [match[1]!, match[2]!])
}

/** The indexed body of a page. */
function body(page: SearchPage | undefined): string {
  return /<main data-pagefind-body>(.*)<\/main>/s.exec(page?.html ?? '')?.[1] ?? ''
}

describe('searchPages', () => {
  it('gives one page per published meeting, oldest first, drafts left out', () => {
    expect(pages.map((page) => page.url)).toEqual([
      '/meetings/2007-02-28-stakeholder-meeting/',
      '/meetings/2007-03-28-stakeholder-meeting/'
    ])
  })

  it('makes every agenda item a heading whose id is its anchor, after the people at the top of the page', () => {
    expect(body(byUrl.get('/meetings/2007-02-28-stakeholder-meeting/'))).toBe(
      '<p>Stakeholder Meeting on Human Trafficking. 28 February 2007. Stakeholder Meeting. Bettina Maas</p>' +
        '<h2 id="welcome-and-introductions">Welcome and introductions</h2><p>The agenda was adopted.</p>' +
        '<h2 id="svay-rieng-assessment">Presentation on the Svay Rieng assessment</h2>' +
        '<p>Ms Kristy Fleming presented the assessment of trafficking from Svay Rieng &amp; Prey Veng. Migration Debt</p>'
    )
  })

  it('keeps meta and filters outside the indexed body, in a hidden block, and no sort key', () => {
    const page = byUrl.get('/meetings/2007-02-28-stakeholder-meeting/')
    expect(page?.html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stakeholder Meeting on Human Trafficking<\/title><\/head><body><div hidden><span data-pagefind-meta=/)
    expect(tagged(page, 'meta')).toEqual([
      ['title', 'Stakeholder Meeting on Human Trafficking, 28 February 2007'],
      ['meeting', 'Stakeholder Meeting on Human Trafficking'],
      ['date', '2007-02-28'],
      ['series', 'Stakeholder Meeting']
    ])
    expect(tagged(page, 'filter')).toEqual([
      ['series', 'Stakeholder Meeting'],
      ['year', '2007'],
      ['person', 'Bettina Maas'],
      ['person', 'John McGeoghan'],
      ['person', 'Kristy Fleming'],
      ['organization', 'IOM'],
      ['organization', 'UNIAP-Cambodia'],
      ['kind', 'meeting'],
      ['kind', 'decision'],
      ['kind', 'action']
    ])
    expect(tagged(page, 'sort')).toEqual([])
  })

  it('segments Khmer text, nests sub-items one level down, keeps unnamed speakers out of the person filter', () => {
    const page = byUrl.get('/meetings/2007-03-28-stakeholder-meeting/')
    expect(body(page)).toBe(
      '<p>Stakeholder Meeting on Human Trafficking. 28 March 2007. Stakeholder Meeting. Phnom Penh. Bettina Maas. សុខ ដា រា</p>' +
        '<h2 id="provincial-report">Provincial report</h2>' +
        '<p>សុខ ដា រា : កិច្ចប្រជុំ នេះ បាន ពិភាក្សា អំពី ការ ជួញដូរ មនុស្ស នៅ ខេត្តស្វាយរៀង ។ A representative from NYEMO asked about shelters.</p>' +
        '<h3 id="group-1">Group 1</h3><p>More shelters Training for police</p>'
    )
    expect(tagged(page, 'filter').filter(([key]) => key !== 'series' && key !== 'year')).toEqual([
      ['person', 'Bettina Maas'],
      ['person', 'សុខ ដារា'],
      ['organization', "Ministry of Women's Affairs"],
      ['organization', 'NYEMO'],
      ['kind', 'meeting'],
      ['kind', 'recommendation']
    ])
    expect(page?.texts).toContain('More shelters Training for police')
  })

  it('escapes text and attributes, so a title cannot open an element of its own', () => {
    const [khmer] = fixtureMeetings
    const hostile = {
      ...khmer!,
      title: 'A <b>"bold"</b> & odd title',
      items: [{...khmer!.items[0]!, title: '<img src=x onerror=alert(1)>', anchor: 'x" onmouseover="y', items: []}]
    }
    const [page] = searchPages([hostile], {pathPrefix: '/', language: 'en'})
    expect(page?.html).toContain('<title>A &lt;b&gt;"bold"&lt;/b&gt; &amp; odd title</title>')
    expect(page?.html).toContain('<h2 id="x&quot; onmouseover=&quot;y">&lt;img src=x onerror=alert(1)&gt;</h2>')
    expect(page?.html).not.toMatch(/<(img|b)[\s>]/)
  })

  it('never carries draft text', () => {
    expect(JSON.stringify(pages)).not.toContain('Draftonlyword')
    expect(JSON.stringify(pages)).not.toContain('2007-04-25')
  })

  it('honours the path prefix and percent-encodes non-Latin slugs', () => {
    const [khmer] = fixtureMeetings
    const renamed = {...khmer!, slug: '2007-03-28-កិច្ចប្រជុំ'}
    expect(searchPages([renamed], {pathPrefix: 'minutes', language: 'en'}).map((page) => page.url)).toEqual([
      '/minutes/meetings/2007-03-28-%E1%9E%80%E1%9E%B7%E1%9E%85%E1%9F%92%E1%9E%85%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%87%E1%9E%BB%E1%9F%86/'
    ])
  })

  it('uses the item texts worked out beside the parse when given', () => {
    const [page] = searchPages([fixtureMeetings[1]!], {
      pathPrefix: '/',
      language: 'en',
      itemTexts: new Map([['2007-02-28-stakeholder-meeting', ['First text', 'Second text']]])
    })
    expect(body(page)).toContain('<h2 id="svay-rieng-assessment">Presentation on the Svay Rieng assessment</h2><p>Second text</p>')
  })

  it('gives the same pages whatever order the meetings come in', () => {
    expect(searchPages([...fixtureMeetings].reverse(), {pathPrefix: '/', language: 'en'})).toEqual(pages)
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
    const [page] = searchPages([council], {pathPrefix: '/', language: 'en', names: namesFromArchive(archive)})
    // Peter Lowe sent apologies: named in the text, but not a person who took part.
    expect(tagged(page, 'filter').filter(([key]) => key === 'person')).toEqual([['person', 'Anita Desai'], ['person', 'Jane Porter']])
    expect(body(page)).toMatch(/^<p>Parish Council\. 12 April 2010\. Jane Porter\. Anita Desai\. Peter Lowe<\/p>/)
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
