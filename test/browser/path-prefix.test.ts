import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, skipBrowserTests, watchErrors} from './browser.js'
import {buildExample, repoRoot} from './build-example.js'
import {serveStatic, type StaticServer} from './static-server.js'

const prefix = '/minutebook/'
const seedItem = `${prefix}meetings/2007-02-28-stakeholder-meeting/#presentation-on-an-assessment-of-trafficking-in-svay-rieng-province`

let root: string
let server: StaticServer
let browser: Browser

describe.skipIf(skipBrowserTests())('search on a site served under a path prefix (a GitHub Pages project site)', {timeout: 90_000}, () => {
  beforeAll(async () => {
    // A copy of the example archive whose minutebook.yml sets a path prefix; the site/ shipped with minutebook renders it.
    root = await mkdtemp(path.join(tmpdir(), 'minutebook-prefix-'))
    await cp(path.join(repoRoot, 'meetings'), path.join(root, 'meetings'), {recursive: true})
    const config = await readFile(path.join(repoRoot, 'minutebook.yml'), 'utf8')
    expect(config).toMatch(/^pathPrefix: .*$/m)
    await writeFile(path.join(root, 'minutebook.yml'), config.replace(/^pathPrefix: .*$/m, `pathPrefix: ${prefix}`))
    // Shards too: the older years' bundles are merged from under the prefix (the Svay Rieng meeting is in 2007's).
    const built = await buildExample(path.join(root, '_site'), root, {searchShardSize: 1})
    expect(built.report.searchShards).toBeGreaterThan(1)
    expect(built.pathPrefix).toBe(prefix)
    server = await serveStatic(path.join(root, '_site'), prefix)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (root) await rm(root, {recursive: true, force: true})
  })

  it('loads Pagefind from the prefixed bundle and links results under the prefix', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${server.origin}${prefix}search/?q=Svay+Rieng`)
    await page.waitForSelector('[data-search][data-ready]')
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
    const links = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual([seedItem])
    await page.locator('.search-result h2 a').first().click()
    await page.waitForURL(`${server.origin}${seedItem}`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Stakeholder Meeting on Human Trafficking')
    expect(errors).toEqual([])
    await page.close()
  })
})
