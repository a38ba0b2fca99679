import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import type {AgendaItem, Meeting} from '../../src/model/meeting.js'
import {seriousViolations} from './axe.js'
import {launchChromium, settledSearch, skipBrowserTests, watchErrors} from './browser.js'
import {buildExample} from './build-example.js'
import {serveStatic, type StaticServer} from './static-server.js'
import {motionsSlug, writeMotionsArchive} from '../site/motions-archive.js'
import {writeLongArchive} from '../site/long-archive.js'

/** Screenshots land here (git-ignored) for a person to look at. */
const screenshots = path.resolve('test-output', 'browser')
const seedSlug = '2007-02-28-stakeholder-meeting'
/** The example meeting with a Khmer sentence: the Ministry of Women's Affairs' statement. */
const khmerSlug = '2008-01-30-stakeholder-meeting'
/** "cooperate", from the middle of "ក្រសួងកិច្ចការនារីនឹងបន្តសហការជាមួយ…ជនរងគ្រោះ។". */
const khmerWord = 'សហការ'
/** "victims", which Node's ICU keeps whole and this chromium splits in two: found only because the query is aligned. */
const khmerSplitWord = 'ជនរងគ្រោះ'

let out: string
let prefix: string
let server: StaticServer
let browser: Browser
let page: Page
let errors: string[]

/** Every agenda item of a meeting, sub-items included. */
function allItems(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...allItems(item.items)])
}

/** A meeting as the build published it in its JSON API (the Meeting contract). */
async function builtMeeting(slug: string): Promise<Meeting> {
  return JSON.parse(await readFile(path.join(out, 'api', 'meetings', `${slug}.json`), 'utf8')) as Meeting
}

/** The URL of a page of the built site, path prefix included. */
function url(pathname: string): string {
  return `${server.origin}${prefix}${pathname.replace(/^\//, '')}`
}

/** Searches from the search page's own box, as a reader types it. */
async function searchFor(query: string): Promise<string> {
  await page.goto(url('/search/'))
  await page.waitForSelector('[data-search][data-ready]')
  await page.getByLabel('Words to find').fill(query)
  await page.getByLabel('Words to find').press('Enter')
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query)
  return (await page.locator('[data-search-status]').textContent()) ?? ''
}

/** The hrefs of the results on the page, in order. */
async function resultLinks(): Promise<string[]> {
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

/** The serious or critical axe-core violations on each of `pages`, opened in turn (a search once its results are in). */
async function violationsOn(pages: readonly string[]): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {}
  for (const pathname of pages) {
    await page.goto(url(pathname))
    if (pathname.startsWith('/search/?')) await settledSearch(page)
    found[pathname] = await seriousViolations(page)
  }
  return found
}

/**
 * Writes an invented archive with `write`, builds it and serves it, and opens a browser on it (the describes below
 * that need an archive the example lacks); returns its folders, for {@link closeArchive}.
 */
async function serveArchive(name: string, write: (root: string) => Promise<void>): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), `minutebook-browser-${name}-`))
  const built = await mkdtemp(path.join(tmpdir(), `minutebook-browser-${name}-out-`))
  await write(root)
  prefix = (await buildExample(built, root)).pathPrefix
  server = await serveStatic(built, prefix)
  browser = await launchChromium()
  return [root, built]
}

/** Closes what {@link serveArchive} opened and removes its folders. */
async function closeArchive(folders: readonly string[]): Promise<void> {
  await browser?.close()
  await server?.close()
  for (const folder of folders) await rm(folder, {recursive: true, force: true})
}

// A fresh page per test of both archives, with its errors collected so each test can assert the page ran cleanly.
beforeEach(async () => {
  page = await browser.newPage({viewport: {width: 1200, height: 900}})
  errors = watchErrors(page)
})

afterEach(async () => {
  await page.close()
})

describe.skipIf(skipBrowserTests())('the example archive in chromium', {timeout: 90_000}, () => {
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'minutebook-browser-'))
    // Its search index in one shard a year, as a large archive's is, so every search below merges the shards
    // (the path-prefix test searches a single bundle).
    const built = await buildExample(out, undefined, {searchShardSize: 1})
    expect(built.report.searchShards).toBe(4)
    prefix = built.pathPrefix
    server = await serveStatic(out, prefix)
    browser = await launchChromium()
    await mkdir(screenshots, {recursive: true})
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (out) await rm(out, {recursive: true, force: true})
  })

  it('opens the home page', async () => {
    const response = await page.goto(url('/'))
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('Cambodia Counter-Trafficking Stakeholder Minutes')
    await expect(page.getByRole('search').getByLabel('Search the minutes').count()).resolves.toBe(1)
    await page.screenshot({path: path.join(screenshots, 'home.png'), fullPage: true})
    expect(errors).toEqual([])
  })

  it('follows a link from the home page to the seed meeting, then a speaker to Kristy Fleming', async () => {
    await page.goto(url('/'))
    await page.locator(`a[href$="/meetings/${seedSlug}/"]`).first().click()
    await page.waitForURL(url(`/meetings/${seedSlug}/`))
    await expect(page.locator('h1').textContent()).resolves.toBe('Stakeholder Meeting on Human Trafficking')
    await page.screenshot({path: path.join(screenshots, 'meeting.png'), fullPage: true})

    await page.locator('.speakers').getByRole('link', {name: 'Kristy Fleming', exact: true}).first().click()
    await page.waitForURL(url('/people/kristy-fleming/'))
    await expect(page.locator('h1').textContent()).resolves.toBe('Kristy Fleming')
    await page.screenshot({path: path.join(screenshots, 'person.png'), fullPage: true})
    expect(errors).toEqual([])
  })

  it('searches "Svay Rieng" from the home page box and lands on the agenda item', async () => {
    const seed = await builtMeeting(seedSlug)
    const target = allItems(seed.items).find((item) => item.title === 'Presentation on an Assessment of Trafficking in Svay Rieng Province')
    expect(target?.anchor).toBeTruthy()

    await page.goto(url('/'))
    await page.getByLabel('Search the minutes').fill('Svay Rieng')
    await page.getByLabel('Search the minutes').press('Enter')
    await page.waitForURL(url('/search/?q=Svay+Rieng'))
    expect(await settledSearch(page)).toMatch(/^\d+ results? for “Svay Rieng”\.$/)
    await expect(page.getByLabel('Words to find').inputValue()).resolves.toBe('Svay Rieng')
    const itemUrl = `${prefix}meetings/${seedSlug}/#${target!.anchor}`
    expect(await resultLinks()).toContain(itemUrl)
    await page.screenshot({path: path.join(screenshots, 'search-svay-rieng.png'), fullPage: true})

    await page.locator(`.search-result h2 a[href="${itemUrl}"]`).click()
    await page.waitForURL(url(`/meetings/${seedSlug}/#${target!.anchor}`))
    expect(await page.evaluate(() => location.hash)).toBe(`#${target!.anchor}`)
    await page.screenshot({path: path.join(screenshots, 'meeting-svay-rieng-item.png')})
    await expect(page.locator(`[id="${target!.anchor}"] .item-title`).textContent())
      .resolves.toContain('Presentation on an Assessment of Trafficking in Svay Rieng Province')
    expect(errors).toEqual([])
  })

  it('filters search results by person, loading the filters only when asked', async () => {
    const filterFiles: string[] = []
    const onRequest = (request: {url(): string}) => {
      if (request.url().includes('.pf_filter')) filterFiles.push(request.url())
    }
    page.on('request', onRequest)
    await page.goto(url('/search/?q=coordination'))
    const unfiltered = await settledSearch(page)
    const all = await resultLinks()
    // A plain query fetches no filter file; opening "Narrow the results" loads them and shows the choices.
    expect(filterFiles).toEqual([])
    await expect(page.getByLabel('Person').count()).resolves.toBe(0)
    await page.getByText('Narrow the results').click()
    await page.getByLabel('Person').selectOption('Helen Sworn')
    expect(filterFiles.length).toBeGreaterThan(0)
    page.off('request', onRequest)
    await page.waitForURL(/person=Helen\+Sworn/)
    await page.waitForFunction((before) => document.querySelector('[data-search-status]')?.textContent !== before, unfiltered)
    const filtered = await resultLinks()
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.length).toBeLessThan(all.length)
    // Every remaining result is a meeting Helen Sworn took part in: chair, attendee or speaker.
    for (const href of filtered) {
      const slug = href.split('#')[0]!.replace(`${prefix}meetings/`, '').replace(/\/$/, '')
      const meeting = await builtMeeting(slug)
      const people = [meeting.chair, ...meeting.attendees, ...meeting.speakers]
      expect(people.map((person) => person?.name ?? '').filter((name) => name.includes('Sworn')).length, href).toBeGreaterThan(0)
    }
    await page.screenshot({path: path.join(screenshots, 'search-person-filter.png'), fullPage: true})

    // A shared link with the filter in its address opens with the filter chosen.
    await page.goto(url('/search/?q=coordination&person=Helen+Sworn'))
    await settledSearch(page)
    await expect(page.getByLabel('Person').inputValue()).resolves.toBe('Helen Sworn')
    expect(await resultLinks()).toEqual(filtered)
    expect(errors).toEqual([])
  })

  it('filters search results by year, across the shards of other years', async () => {
    await page.goto(url('/search/?q=trafficking'))
    const unfiltered = await settledSearch(page)
    const all = await resultLinks()
    const yearOf = (href: string) => href.replace(`${prefix}meetings/`, '').slice(0, 4)
    const years = [...new Set(all.map(yearOf))].sort()
    // The query finds meetings of several years, so a year filter has something to leave out.
    expect(years.length).toBeGreaterThan(1)
    await page.getByText('Narrow the results').click()
    const year = years[0]!
    await page.getByLabel('Year').selectOption(year)
    await page.waitForURL(new RegExp(`year=${year}`))
    await page.waitForFunction((before) => document.querySelector('[data-search-status]')?.textContent !== before, unfiltered)
    const filtered = await resultLinks()
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.map(yearOf)).toEqual(filtered.map(() => year))
    expect(filtered).toEqual(all.filter((href) => yearOf(href) === year))
    expect(errors).toEqual([])
  })

  it('finds a Khmer word from the middle of a Khmer sentence', async () => {
    const meeting = await builtMeeting(khmerSlug)
    const item = allItems(meeting.items).find((candidate) => candidate.html.includes(khmerWord))
    expect(item).toBeDefined()
    const sentence = /[\u1780-\u17FF]+/u.exec(item!.html.slice(item!.html.indexOf(khmerWord) - 40))?.[0] ?? ''
    expect(sentence.indexOf(khmerWord)).toBeGreaterThan(0)
    expect(sentence.indexOf(khmerWord) + khmerWord.length).toBeLessThan(sentence.length)

    expect(await searchFor(khmerWord)).toMatch(new RegExp(`^\\d+ results? for “${khmerWord}”\\.$`))
    const itemUrl = `${prefix}meetings/${khmerSlug}/#${encodeURIComponent(item!.anchor)}`
    expect(await resultLinks()).toContain(itemUrl)
    await expect(page.locator(`.search-result:has(a[href="${itemUrl}"]) mark`).first().textContent()).resolves.toBe(khmerWord)
    await page.screenshot({path: path.join(screenshots, 'search-khmer.png'), fullPage: true})

    expect(await searchFor(khmerSplitWord)).toMatch(/^\d+ results? for/)
    expect(await resultLinks()).toContain(itemUrl)
    expect(errors).toEqual([])
  })

  it('shows the parish council\'s carried motion in the decisions register with its mover, seconder and votes', async () => {
    await page.goto(url('/decisions/2010/'))
    const motion = page.locator('ol.register').first().locator('li', {hasText: 'raise no objection'})
    await expect(motion.locator('.badge').textContent()).resolves.toBe('Carried')
    await expect(motion.locator('.motion-details').textContent()).resolves.toBe('Moved by Robert Hale · Seconded by Anita Desai · Vote: 3 for, 0 against')
    await page.screenshot({path: path.join(screenshots, 'decisions.png'), fullPage: true})
    await motion.getByRole('link', {name: 'Robert Hale'}).click()
    await page.waitForURL(url('/people/robert-hale/'))
    await expect(page.getByRole('region', {name: 'Motions'}).getByRole('listitem').first().textContent()).resolves.toContain('raise no objection')
    expect(errors).toEqual([])
  })

  it("links a register's year pages to each other: from the index to a year, then to the years before and after it", async () => {
    await page.goto(url('/decisions/'))
    const years = page.locator('.year-index a')
    await expect(years.allTextContents()).resolves.toEqual(['2010', '2009', '2008', '2007'])
    await years.filter({hasText: '2008'}).click()
    await page.waitForURL(url('/decisions/2008/'))
    await expect(page.getByRole('heading', {level: 1}).textContent()).resolves.toBe('Decisions in 2008')
    await expect(page.locator('ol.register').first().getByText('were adopted without amendment').count()).resolves.toBe(1)
    const nav = page.getByRole('navigation', {name: 'Years'})
    await nav.locator('a[rel="prev"]').click()
    await page.waitForURL(url('/decisions/2007/'))
    // The oldest year: nothing before it.
    await expect(nav.locator('a[rel="prev"]').count()).resolves.toBe(0)
    await nav.locator('a[rel="next"]').click()
    await page.waitForURL(url('/decisions/2008/'))
    await nav.locator('a[rel="next"]').click()
    await page.waitForURL(url('/decisions/2009/'))
    await nav.getByRole('link', {name: 'All years'}).click()
    await page.waitForURL(url('/decisions/'))
    await page.screenshot({path: path.join(screenshots, 'decisions-index.png'), fullPage: true})
    expect(errors).toEqual([])
  })

  it('has no serious or critical axe-core violations on any page of the archive: every meeting, every page kind', async () => {
    // Every page the sitemap lists (home, every meeting, year, series, person and organisation, the indexes and the
    // registers), a search with results, and the 404 page. The task checkboxes of 2007-03-28 were a critical `label`
    // violation that a check of the seed meeting alone missed.
    const sitemap = await readFile(path.join(out, 'sitemap.xml'), 'utf8')
    const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((match) => decodeURI(match[1]!).slice(prefix.length - 1))
    const meetingPages = listed.filter((pathname) => pathname.startsWith('/meetings/') && pathname !== '/meetings/')
    expect(meetingPages.length).toBe((JSON.parse(await readFile(path.join(out, 'api', 'meetings.json'), 'utf8')) as unknown[]).length)
    for (const kind of ['/', '/meetings/', '/years/', '/series/', '/people/', '/organizations/', '/decisions/', '/actions/', '/recommendations/', '/decisions/2007/', '/actions/2007/', '/recommendations/2007/']) {
      expect(listed, kind).toContain(kind)
    }
    const pages = [...listed, '/search/?q=Svay+Rieng', '/404.html']
    expect(await violationsOn(pages)).toEqual(Object.fromEntries(pages.map((pathname) => [pathname, []])))
    expect(errors).toEqual([])
  }, 180_000)

  it('says in a <noscript> that search needs JavaScript', async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1200, height: 900}})
    const noScript = await context.newPage()
    await noScript.goto(url('/search/'))
    await expect(noScript.locator('.search-noscript').textContent()).resolves.toMatch(/^Search needs JavaScript\./)
    await expect(noScript.locator('.search-form').isVisible()).resolves.toBe(false)
    await noScript.screenshot({path: path.join(screenshots, 'search-noscript.png'), fullPage: true})
    await context.close()
  })
})

// The example archive has no motion that failed, was withdrawn or deferred: a small archive of invented minutes has.
describe.skipIf(skipBrowserTests())('motions in chromium', {timeout: 90_000}, () => {
  let folders: string[] = []

  beforeAll(async () => {
    folders = await serveArchive('motions', writeMotionsArchive)
    await mkdir(screenshots, {recursive: true})
  })

  afterAll(() => closeArchive(folders))

  it('shows a carried motion with its votes in the register and a failed one under "Motions not carried"', async () => {
    await page.goto(url('/decisions/2011/'))
    const register = page.locator('ol.register').first()
    const carried = register.locator('li', {hasText: 'object to the extension at Mill House'})
    await expect(carried.locator('.badge').textContent()).resolves.toBe('Carried')
    await expect(carried.locator('.motion-details').textContent()).resolves.toBe('Moved by Robert Hale · Seconded by Anita Desai · Vote: 3 for, 0 against, 1 abstaining')
    await expect(register.getByText('car park be closed on Sundays').count()).resolves.toBe(0)

    const notCarried = page.getByRole('region', {name: 'Motions not carried (3)'})
    await expect(notCarried.getByRole('heading', {level: 2}).isVisible()).resolves.toBe(true)
    const failed = notCarried.getByRole('listitem').filter({hasText: 'car park be closed on Sundays'})
    await expect(failed.locator('.badge').textContent()).resolves.toBe('Failed')
    await expect(failed.locator('.motion-details').textContent()).resolves.toBe('Moved by Peter Lowe · Seconded by Robert Hale · Vote: 1 for, 3 against')
    await expect(notCarried.locator('.badge').allTextContents()).resolves.toEqual(['Failed', 'Withdrawn', 'Deferred'])
    await page.screenshot({path: path.join(screenshots, 'decisions-motions.png'), fullPage: true})
    expect(errors).toEqual([])
  })

  it("lists a person's actions and motions, and the meeting page marks each outcome", async () => {
    await page.goto(url('/people/peter-lowe/'))
    const actions = page.getByRole('region', {name: 'Actions'})
    await expect(actions.getByRole('listitem').locator('.badge').allTextContents()).resolves.toEqual(['Done', 'Open'])
    const motions = page.getByRole('region', {name: 'Motions'})
    await expect(motions.getByRole('listitem').locator('.badge').allTextContents()).resolves.toEqual(['Carried', 'Failed', 'Deferred'])
    await page.screenshot({path: path.join(screenshots, 'person-actions-motions.png'), fullPage: true})

    await motions.getByRole('listitem').filter({hasText: 'car park'}).getByRole('link', {name: '3. Planning'}).click()
    await page.waitForURL(url(`/meetings/${motionsSlug}/#planning`))
    const outcomes = page.locator('#planning .outcome-list').first()
    await expect(outcomes.locator('.badge').allTextContents()).resolves.toEqual(['Carried', 'Failed', 'Withdrawn', 'Deferred'])
    await expect(page.locator('#planning .outcome-action .badge').allTextContents()).resolves.toEqual(['Open', 'In progress', 'Open'])
    await page.locator('#planning').screenshot({path: path.join(screenshots, 'meeting-motions.png')})
    expect(errors).toEqual([])
  })

  it('has no serious or critical axe-core violations on the register, person and meeting pages', async () => {
    const pages = ['/decisions/', '/decisions/2011/', '/actions/', '/actions/2011/', '/people/peter-lowe/', `/meetings/${motionsSlug}/`]
    expect(await violationsOn(pages)).toEqual(Object.fromEntries(pages.map((pathname) => [pathname, []])))
    expect(errors).toEqual([])
  })
})

// The example archive has no one at more than 100 meetings: an archive of a monthly board over eight years has.
describe.skipIf(skipBrowserTests())('pages split by year in chromium', {timeout: 120_000}, () => {
  let folders: string[] = []

  beforeAll(async () => {
    folders = await serveArchive('long', writeLongArchive)
  }, 300_000)

  afterAll(() => closeArchive(folders))

  it("follows a person's years from their page, and back", async () => {
    await page.goto(url('/people/dara-sok/'))
    await page.getByRole('region', {name: 'Meetings by year'}).getByRole('link', {name: '2003'}).click()
    await page.waitForURL(url('/people/dara-sok/2003/'))
    await expect(page.getByRole('region', {name: 'Actions'}).textContent()).resolves.toContain('Dara Sok to visit the shelter in Svay Rieng')
    await page.getByRole('navigation', {name: 'Years'}).locator('a[rel="next"]').click()
    await page.waitForURL(url('/people/dara-sok/2004/'))
    await page.getByRole('navigation', {name: 'Years'}).getByRole('link', {name: 'Dara Sok'}).click()
    await page.waitForURL(url('/people/dara-sok/'))
    expect(errors).toEqual([])
  })

  it('has no serious or critical axe-core violations on the split pages, All meetings and the register year pages', async () => {
    const pages = [
      '/people/dara-sok/',
      '/people/dara-sok/2003/',
      '/organizations/ccpcr/',
      '/organizations/ccpcr/2009/',
      '/series/board/',
      '/series/board/2003/',
      '/meetings/',
      '/decisions/',
      '/decisions/2005/',
      '/actions/2003/'
    ]
    expect(await violationsOn(pages)).toEqual(Object.fromEntries(pages.map((pathname) => [pathname, []])))
    expect(errors).toEqual([])
  })
})
