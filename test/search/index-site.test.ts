import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import * as pagefind from 'pagefind'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeSearchIndex, type SearchIndexReport} from '../../src/build/search/index-site.js'
import {segmentWords} from '../../src/render/segment.js'
import {segmentQuery} from '../../site/assets/search-segment.js'
import {fixtureMeetings, khmerSentence} from './fixtures.js'
import {openPagefind, type PagefindRuntime} from './pagefind-query.js'

const seedItem = '/meetings/2007-02-28-stakeholder-meeting/#svay-rieng-assessment'
const khmerItem = '/meetings/2007-03-28-stakeholder-meeting/#provincial-report'
/** "trafficking", the seventh word of the Khmer sentence. */
const khmerMiddleWord = 'ជួញដូរ'

let siteDir: string
let runtime: PagefindRuntime
let result: SearchIndexReport

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'minutebook-search-'))
  result = await writeSearchIndex(siteDir, {meetings: fixtureMeetings, pathPrefix: '/'})
  runtime = await openPagefind(siteDir)
})

afterAll(async () => {
  await runtime.close()
  await rm(siteDir, {recursive: true, force: true})
})

describe('writeSearchIndex, queried with Pagefind’s own runtime', () => {
  it('writes the bundle under _pagefind/ with one page per published meeting', async () => {
    expect(result).toEqual({pages: 2, shards: 1, indexedPages: 2})
    const files = await readdir(path.join(siteDir, '_pagefind'))
    expect(files).toContain('pagefind.js')
    expect(files).toContain('pagefind-entry.json')
    const entry = JSON.parse(await readFile(path.join(siteDir, '_pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, {page_count: number}>
    }
    expect(Object.keys(entry.languages)).toEqual(['en'])
    expect(entry.languages['en']?.page_count).toBe(2)
  })

  it('finds "Svay Rieng" on the agenda item, not the page top', async () => {
    const hits = await runtime.search('Svay Rieng')
    expect(hits).toEqual([{
      url: seedItem,
      title: 'Presentation on the Svay Rieng assessment',
      meeting: 'Stakeholder Meeting on Human Trafficking, 28 February 2007',
      excerpt: 'Presentation on the <mark>Svay</mark> <mark>Rieng</mark> assessment. Ms Kristy Fleming presented the assessment of ' +
        'trafficking from <mark>Svay</mark> <mark>Rieng</mark> & Prey Veng. Migration Debt.',
      others: []
    }])
  })

  it('lands on the item with the most matches and lists the meeting\'s other matching parts', async () => {
    const hits = await runtime.search('shelters')
    expect(hits.map((hit) => [hit.url, hit.others])).toEqual([
      [khmerItem, ['/meetings/2007-03-28-stakeholder-meeting/#group-1']]
    ])
    const names = await runtime.search('Bettina')
    expect(names.map((hit) => [hit.url, hit.title])).toEqual([
      ['/meetings/2007-02-28-stakeholder-meeting/', 'Stakeholder Meeting on Human Trafficking, 28 February 2007'],
      ['/meetings/2007-03-28-stakeholder-meeting/', 'Stakeholder Meeting on Human Trafficking, 28 March 2007']
    ])
  })

  it('finds a Khmer word from the middle of a Khmer sentence', async () => {
    expect(khmerSentence.indexOf(khmerMiddleWord)).toBeGreaterThan(0)
    const hits = await runtime.search(segmentWords(khmerMiddleWord))
    expect(hits.map((hit) => hit.url)).toEqual([khmerItem])
    expect(hits[0]?.excerpt).toContain(`<mark>${khmerMiddleWord}</mark>`)
  })

  it('finds a Khmer phrase typed without spaces once the query is segmented the same way', async () => {
    const hits = await runtime.search(segmentWords('ជួញដូរមនុស្ស'))
    expect(hits.map((hit) => hit.url)).toEqual([khmerItem])
  })

  it('writes the index words of unspaced scripts to _pagefind/words.json', async () => {
    expect(JSON.parse(await readFile(path.join(siteDir, '_pagefind', 'words.json'), 'utf8'))).toEqual({
      words: ['ការ', 'កិច្ចប្រជុំ', 'ខេត្តស្វាយរៀង', 'ជួញដូរ', 'ដា', 'នេះ', 'នៅ', 'បាន', 'ពិភាក្សា', 'មនុស្ស', 'រា', 'សុខ', 'អំពី', '។'],
      shards: []
    })
  })

  it('finds a phrase the browser segments differently once the query is lined up with words.json', async () => {
    const {words} = JSON.parse(await readFile(path.join(siteDir, '_pagefind', 'words.json'), 'utf8')) as {words: string[]}
    // Chromium keeps "ការជួញដូរ" as one word; the index has "ការ" and "ជួញដូរ", so Pagefind alone
    // falls back to the word "ការ" ("the act of") and misses "ជួញដូរ" (trafficking).
    const unaligned = await runtime.search('ការជួញដូរ')
    expect(unaligned[0]?.excerpt).toContain('<mark>ការ</mark> ជួញដូរ')
    const hits = await runtime.search(segmentQuery('ការជួញដូរ', new Set(words), (text: string) => text))
    expect(hits.map((hit) => hit.url)).toEqual([khmerItem])
    expect(hits[0]?.excerpt).toContain('<mark>ការ</mark> <mark>ជួញដូរ</mark>')
  })

  it('filters meetings by person, organisation, kind, series and year', async () => {
    expect((await runtime.search(null, {person: 'Kristy Fleming'})).map((hit) => hit.url))
      .toEqual(['/meetings/2007-02-28-stakeholder-meeting/'])
    expect((await runtime.search('shelters', {organization: 'NYEMO'})).map((hit) => hit.url)).toEqual([khmerItem])
    expect(await runtime.search('shelters', {organization: 'IOM'})).toEqual([])
    expect((await runtime.search(null, {kind: 'recommendation'})).map((hit) => hit.url))
      .toEqual(['/meetings/2007-03-28-stakeholder-meeting/'])
    expect((await runtime.search('assessment', {series: 'Stakeholder Meeting', year: '2007'})).map((hit) => hit.url))
      .toEqual([seedItem])
  })

  it('lists the filter values with their counts of meetings', async () => {
    expect(await runtime.filters()).toEqual({
      kind: {action: 1, decision: 1, meeting: 2, recommendation: 1},
      organization: {IOM: 1, "Ministry of Women's Affairs": 1, NYEMO: 1, 'UNIAP-Cambodia': 1},
      person: {'Bettina Maas': 2, 'John McGeoghan': 1, 'Kristy Fleming': 1, 'សុខ ដារា': 1},
      series: {'Stakeholder Meeting': 2},
      year: {'2007': 2}
    })
  })

  it('keeps draft text out of the index', async () => {
    expect(await runtime.search('Draftonlyword')).toEqual([])
  })
})

describe('determinism', () => {
  it('writes byte-identical bundles from the same meetings, whatever order they come in', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'minutebook-search-again-'))
    try {
      await writeSearchIndex(again, {meetings: [...fixtureMeetings].reverse(), pathPrefix: '/'})
      const files = async (dir: string): Promise<Record<string, string>> => {
        const names = (await readdir(path.join(dir, '_pagefind'), {recursive: true, withFileTypes: true}))
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(path.join(dir, '_pagefind'), path.join(entry.parentPath, entry.name)))
          .sort()
        const entries = await Promise.all(names.map(async (name) => [name, (await readFile(path.join(dir, '_pagefind', name))).toString('base64')] as const))
        return Object.fromEntries(entries)
      }
      const first = await files(siteDir)
      expect(Object.keys(first).length).toBeGreaterThan(10)
      expect(await files(again)).toEqual(first)
    } finally {
      await rm(again, {recursive: true, force: true})
    }
  })
})

describe('the item texts worked out beside the parse', () => {
  it('indexes them and lets each meeting\'s go once its shard\'s pages are made, keeping the unindexed draft\'s', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-item-texts-'))
    try {
      const texts = (word: string) => ['First text', `${word} second text`]
      const itemTexts = new Map(fixtureMeetings.map((meeting) => [meeting.slug, texts(`Giventext${meeting.slug.slice(5, 7)}`)]))
      const drafts = fixtureMeetings.filter((meeting) => meeting.status === 'draft').map((meeting) => meeting.slug)
      expect(drafts).toHaveLength(1)
      await writeSearchIndex(dir, {meetings: fixtureMeetings, pathPrefix: '/', itemTexts})
      expect([...itemTexts.keys()]).toEqual(drafts)
      const given = await openPagefind(dir)
      try {
        expect((await given.search('Giventext02')).map((hit) => hit.url)).toEqual(['/meetings/2007-02-28-stakeholder-meeting/#svay-rieng-assessment'])
      } finally {
        await given.close()
      }
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('why segmentation is needed', () => {
  it('an unsegmented Khmer sentence hides its middle words from Pagefind', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-unsegmented-'))
    try {
      const {index} = await pagefind.createIndex({forceLanguage: 'en'})
      await index?.addCustomRecord({url: '/plain/', content: khmerSentence, language: 'en', meta: {title: 'Plain'}})
      await index?.writeFiles({outputPath: path.join(dir, '_pagefind')})
      await pagefind.close()
      const plain = await openPagefind(dir)
      try {
        expect(await plain.search(khmerMiddleWord)).toEqual([])
      } finally {
        await plain.close()
      }
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
