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

describe('the site with year pages', () => {
  it('lists every year page in the sitemap and has no broken link', async () => {
    const sitemap = await readFile(join(root, '_site', 'sitemap.xml'), 'utf8')
    const yearPages = listFiles(join(root, '_site')).filter((path) => /\/\d{4}\/index\.html$/.test(path) && !path.startsWith('years/'))
    // Decisions, people and organisations: nine years each; actions: one; recommendations: none.
    expect(yearPages.length).toBe(9 * 3 + 1)
    for (const path of yearPages) expect(sitemap).toContain(`/${path.replace(/index\.html$/, '')}</loc>`)
    expect(brokenLinks(join(root, '_site'), '/').broken).toEqual([])
  })

  it('gives the same bytes when the pages are rendered in several Eleventy runs, and from the page cache', async () => {
    const whole = manifest(join(root, '_site'))
    await buildSite({root, out: '_sliced', quiet: true, cache: false, meetingPageSlice: 50})
    expect(manifest(join(root, '_sliced'))).toBe(whole)
    await buildSite({root, out: '_cached', quiet: true})
    const warm = await buildSite({root, out: '_cached', quiet: true})
    expect([warm.yearPagesReused, warm.yearPages]).toEqual([9 * 3 + 1, 9 * 3 + 1])
    expect(manifest(join(root, '_cached'))).toBe(whole)
  }, 300_000)
})
