import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.js'
import {splitAbove} from '../../src/archive/split-pages.js'
import {brokenLinks, listFiles, manifest} from './site-files.js'
import {writeLongArchive} from './long-archive.js'

let root: string

const page = (path: string) => readFile(join(root, '_site', path, 'index.html'), 'utf8')

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutebook-year-pages-'))
  await writeLongArchive(root)
  await buildSite({root, quiet: true, cache: false})
}, 300_000)

afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('register year pages', () => {
  it('lists every year on the index, newest first, with its count, and none of the entries', async () => {
    const index = await page('decisions')
    const years = [...index.matchAll(/<li><a href="\/decisions\/(\d{4})\/">\1<\/a> <span class="muted">\((\d+) decisions?\)<\/span><\/li>/g)].map((match) => [match[1], Number(match[2])])
    expect(years).toEqual([['2009', 5], ...['2008', '2007', '2006', '2005', '2004', '2003', '2002', '2001'].map((year) => [year, 12])])
    expect(index).not.toContain('The budget line')
  })

  it("holds the year's entries, oldest first, and links the years before and after it and the index", async () => {
    const html = await page('decisions/2005')
    const lines = [...html.matchAll(/The budget line (\d+) was approved/g)].map((match) => Number(match[1]))
    expect(lines).toEqual(Array.from({length: 12}, (_, month) => 48 + month))
    expect(html).toContain('<a rel="prev" href="/decisions/2004/">← 2004</a>')
    expect(html).toContain('<a rel="next" href="/decisions/2006/">2006 →</a>')
    expect(html).toContain('<a href="/decisions/">All years</a>')
    expect(await page('decisions/2001')).not.toContain('rel="prev"')
    expect(await page('decisions/2009')).not.toContain('rel="next"')
    const actions = await page('actions/2003')
    expect(actions).toContain('Dara Sok to visit the shelter in Svay Rieng')
    // The only year with an action: no neighbours.
    expect(actions).toContain('<nav class="year-nav" aria-label="Years"><a href="/actions/">All years</a></nav>')
  })
})

describe(`a person or organisation at more than ${splitAbove} meetings`, () => {
  it('has a summary page that links each year, newest first, and a page per year with their records', async () => {
    const summary = await page('people/dara-sok')
    expect(summary).toContain('<li><a href="/people/dara-sok/2009/">2009</a> <span class="muted">(5 meetings)</span></li>')
    expect(summary.indexOf('/people/dara-sok/2009/')).toBeLessThan(summary.indexOf('/people/dara-sok/2001/'))
    expect(summary).not.toContain('attendance-heading')
    const year = await page('people/dara-sok/2003')
    expect(year).toContain('<h1>Dara Sok in 2003</h1>')
    expect(year).toContain('<a rel="prev" href="/people/dara-sok/2002/">← 2002</a>')
    expect(year).toContain('<a rel="next" href="/people/dara-sok/2004/">2004 →</a>')
    expect(year).toContain('<a href="/people/dara-sok/">Dara Sok</a>')
    const attendance = year.slice(year.indexOf('id="attendance-heading"'))
    expect(attendance.match(/<span class="badge badge-chair">Chair<\/span>/g)).toHaveLength(12)
    expect(year).toContain('Dara Sok to visit the shelter in Svay Rieng')
    expect(await page('people/dara-sok/2004')).toContain('The minutes give this person no actions.')

    const organization = await page('organizations/ccpcr')
    expect(organization).toContain('<li><a href="/organizations/ccpcr/2001/">2001</a> <span class="muted">(12 meetings)</span></li>')
    expect((await page('organizations/ccpcr/2009')).match(/<li><time/g)).toHaveLength(5)
  })

  it(`keeps a person at ${splitAbove} meetings or fewer on one page`, async () => {
    const html = await page('people/lina-chea')
    expect(html).not.toContain('id="years-heading"')
    const attendance = html.slice(html.indexOf('id="attendance-heading"'))
    expect(attendance.match(/<span class="badge badge-attendee">Present<\/span>/g)).toHaveLength(splitAbove)
    expect(listFiles(join(root, '_site', 'people', 'lina-chea'))).toEqual(['index.html'])
  })
})

describe(`a series of more than ${splitAbove} meetings, and the list of all meetings`, () => {
  const meetingRows = /<li><time datetime="(\d{4}-\d\d-\d\d)">/g
  const dates = (html: string) => [...html.matchAll(meetingRows)].map((match) => match[1])
  const nineYears = ['2009', '2008', '2007', '2006', '2005', '2004', '2003', '2002', '2001']

  it('has a summary page with its count and feed that links each year, newest first, with its count, and no meeting', async () => {
    const summary = await page('series/board')
    expect(summary).toContain('<h1>Board</h1>')
    expect(summary).toContain(`<p class="muted">${splitAbove + 1} meetings · <a href="/series/board/feed.xml">Atom feed of this series</a></p>`)
    expect(summary).toContain('<link rel="alternate" type="application/atom+xml" title="Board" href="/series/board/feed.xml">')
    const years = [...summary.matchAll(/<li><a href="\/series\/board\/(\d{4})\/">\1<\/a> <span class="muted">\((\d+) meetings?\)<\/span><\/li>/g)].map((match) => [match[1], Number(match[2])])
    expect(years).toEqual([['2009', 5], ...nineYears.slice(1).map((year) => [year, 12])])
    expect(dates(summary)).toEqual([])
  })

  it("has a page per year with the year's meetings, newest first, and links to the years before and after and the series", async () => {
    const year = await page('series/board/2003')
    expect(year).toContain('<title>Board in 2003')
    expect(year).toContain('<h1>Board in 2003</h1>')
    expect(dates(year)).toEqual(Array.from({length: 12}, (_, month) => `2003-${String(12 - month).padStart(2, '0')}-15`))
    expect(year).toContain('<a rel="prev" href="/series/board/2002/">← 2002</a>')
    expect(year).toContain('<a rel="next" href="/series/board/2004/">2004 →</a>')
    expect(year).toContain('<a href="/series/board/">Board</a>')
    expect(year).toContain('<a href="/meetings/2003-06-15-board/">Board Meeting</a>')
    expect(await page('series/board/2001')).not.toContain('rel="prev"')
    const last = await page('series/board/2009')
    expect(last).not.toContain('rel="next"')
    expect(dates(last)).toEqual(['2009-05-15', '2009-04-15', '2009-03-15', '2009-02-15', '2009-01-15'])
  })

  it('lists every year of the archive on "All meetings", newest first, with its count and a link to its page, and no meeting', async () => {
    const all = await page('meetings')
    expect(all).toContain('<h1>All meetings</h1>')
    const years = [...all.matchAll(/<li><a href="\/years\/(\d{4})\/">\1<\/a> <span class="muted">\((\d+) meetings?\)<\/span><\/li>/g)].map((match) => [match[1], Number(match[2])])
    expect(years).toEqual([['2009', 5], ...nineYears.slice(1).map((year) => [year, 12])])
    expect(dates(all)).toEqual([])
    expect(all).not.toContain('/meetings/2003-06-15-board/')
    // The year pages it links list the meetings.
    expect(dates(await page('years/2003'))).toHaveLength(12)
  })
})

describe('the site with year pages', () => {
  it('lists every year page in the sitemap and has no broken link', async () => {
    const sitemap = await readFile(join(root, '_site', 'sitemap.xml'), 'utf8')
    const yearPages = listFiles(join(root, '_site')).filter((path) => /\/\d{4}\/index\.html$/.test(path) && !path.startsWith('years/'))
    // Decisions, people, organisations and series: nine years each; actions: one; recommendations: none.
    expect(yearPages.length).toBe(9 * 4 + 1)
    expect(yearPages.filter((path) => path.startsWith('series/board/'))).toHaveLength(9)
    for (const path of yearPages) expect(sitemap).toContain(`/${path.replace(/index\.html$/, '')}</loc>`)
    expect(brokenLinks(join(root, '_site'), '/').broken).toEqual([])
  })

  it('gives the same bytes when the pages are rendered in several Eleventy runs, and from the page cache', async () => {
    const whole = manifest(join(root, '_site'))
    await buildSite({root, out: '_sliced', quiet: true, cache: false, pagesPerRun: 50})
    expect(manifest(join(root, '_sliced'))).toBe(whole)
    await buildSite({root, out: '_cached', quiet: true})
    const warm = await buildSite({root, out: '_cached', quiet: true})
    expect([warm.yearPagesReused, warm.yearPages]).toEqual([9 * 4 + 1, 9 * 4 + 1])
    expect(warm.seriesPagesReused).toBe(1)
    expect(manifest(join(root, '_cached'))).toBe(whole)
  }, 300_000)
})
