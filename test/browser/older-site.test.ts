import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, skipBrowserTests, watchErrors} from './browser.js'
import {buildExample, repoRoot} from './build-example.js'
import {serveStatic, type StaticServer} from './static-server.js'

let root: string
let server: StaticServer
let browser: Browser

describe.skipIf(skipBrowserTests())('search on a site/ copied from an older minutebook (filters shown at once)', {timeout: 90_000}, () => {
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'minutebook-older-site-'))
    await cp(path.join(repoRoot, 'meetings'), path.join(root, 'meetings'), {recursive: true})
    await cp(path.join(repoRoot, 'minutebook.yml'), path.join(root, 'minutebook.yml'))
    await cp(path.join(repoRoot, 'site'), path.join(root, 'site'), {recursive: true})
    // The search page as earlier versions shipped it: the filters' fieldset without the "Narrow the results" disclosure.
    const template = await readFile(path.join(root, 'site', 'search.njk'), 'utf8')
    const older = template.replace(
      /<details class="search-narrow" data-search-narrow>[\s\S]*?<\/details>/,
      '<fieldset class="search-filters" data-search-filters hidden>\n      <legend>Narrow the results</legend>\n    </fieldset>'
    )
    expect(older).not.toBe(template)
    await writeFile(path.join(root, 'site', 'search.njk'), older)
    await buildExample(path.join(root, '_site'), root)
    server = await serveStatic(path.join(root, '_site'))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (root) await rm(root, {recursive: true, force: true})
  })

  it('still searches and offers the filters', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${server.origin}/search/?q=coordination`)
    await page.waitForSelector('[data-search][data-ready]')
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ results? for “coordination”\.$/)
    await expect(page.getByLabel('Person').isVisible()).resolves.toBe(true)
    expect(errors).toEqual([])
  })
})
