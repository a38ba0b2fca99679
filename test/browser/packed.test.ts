/**
 * minutebook the way a new user gets it: `npm pack`, the tarball installed into an empty folder, then `init`, `new`,
 * `check`, `build` and `serve` through `npx`, and the served archive opened in chromium. Then the same archive with
 * only `site/assets/style.css` of its own. Inside this repository the shipped site/ is found whatever Eleventy
 * ignores; installed, it lies under node_modules/, which Eleventy ignores: only this test sees that.
 */
import {execFileSync, spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seriousViolations} from './axe.js'
import {launchChromium, settledSearch, skipBrowserTests, watchErrors} from './browser.js'
import {repoRoot} from './build-example.js'

const screenshots = path.resolve('test-output', 'browser')
let work: string
let app: string
let tarball: string
let browser: Browser

/** Runs `npx minutebook ...` in the new archive, without a terminal, as a user's CI would. */
function minutebook(args: string[]) {
  const result = spawnSync('npx', ['--no', 'minutebook', ...args], {cwd: app, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening))
  const port = (probe.address() as {port: number}).port
  await new Promise<void>((closed) => probe.close(() => closed()))
  return port
}

/** `npx minutebook serve` on a free port; resolves with its origin once it says it is serving. */
async function serve(): Promise<{origin: string; child: ChildProcess}> {
  const port = await freePort()
  const child = spawn('npx', ['--no', 'minutebook', 'serve', '--port', String(port)], {cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true})
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const started = Date.now()
  while (!output.includes('Serving the archive at')) {
    if (child.exitCode !== null || Date.now() - started > 120_000) throw new Error(`serve did not start: ${output}`)
    await new Promise((wait) => setTimeout(wait, 100))
  }
  return {origin: `http://127.0.0.1:${port}`, child}
}

/** Ends `serve` and the npx process above it (a group of their own). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  process.kill(-child.pid!, 'SIGTERM')
  await exited
}

describe.skipIf(skipBrowserTests())('minutebook installed from its packed tarball into an empty folder', {timeout: 180_000}, () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'minutebook-packed-'))
    // dist/ is compiled by the global setup: packing without scripts does not compile it again under running tests.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {cwd: repoRoot, encoding: 'utf8'})) as Array<{filename: string; files: Array<{path: string}>}>
    const files = packed[0]!.files.map((file) => file.path)
    // What an archive needs from the package is in it, and this repository's own archive and tests are not.
    for (const needed of ['bin/minutebook.js', 'dist/cli/main.js', 'site/_includes/base.njk', 'site/assets/style.css', 'templates/meeting.md', 'schemas/meeting.schema.json', 'starter/workflows/publish.yml', 'starter/example-meeting.md']) {
      expect(files, needed).toContain(needed)
    }
    expect(files.filter((file) => /^(?:meetings|test|src)\//.test(file))).toEqual([])
    app = path.join(work, 'parish-council')
    await mkdir(app)
    tarball = path.join(work, packed[0]!.filename)
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {cwd: app, stdio: 'ignore'})
    browser = await launchChromium()
    await mkdir(screenshots, {recursive: true})
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    if (work) await rm(work, {recursive: true, force: true})
  })

  it('installs without this repository\'s dev tools (TypeScript)', () => {
    expect(existsSync(path.join(app, 'node_modules', 'minutebook', 'dist', 'index.js'))).toBe(true)
    expect(existsSync(path.join(app, 'node_modules', 'typescript'))).toBe(false)
  })

  it('init writes a new archive, refuses to write it twice, and prints the next three commands', async () => {
    const result = minutebook(['init', '--title', 'Parish Council Minutes', '--base-url', 'https://parish.example.org'])
    expect(result).toEqual({
      status: 0,
      stdout:
        'Started an archive in .: minutebook.yml, meetings/2025/2025-01-15-first-meeting.md (an example), the workflows in .github/workflows/\n' +
        'Next:\n' +
        '  npm install\n' +
        '  npx minutebook new --title "Board meeting" --date YYYY-MM-DD --series Board\n' +
        '  npm start    # builds the archive and serves it on http://127.0.0.1:8080\n',
      stderr: ''
    })
    expect((await readdir(app)).sort()).toEqual(['.github', '.gitignore', 'meetings', 'minutebook.yml', 'node_modules', 'package-lock.json', 'package.json'])
    const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as {dependencies: Record<string, string>; scripts: Record<string, string>}
    // The dependency npm install wrote (the tarball) is kept; the scripts are added.
    expect(manifest.dependencies['minutebook']).toMatch(/^file:.*minutebook-.*\.tgz$/)
    expect(manifest.scripts).toEqual({start: 'minutebook serve', build: 'minutebook build', check: 'minutebook check'})
    expect(readFileSync(path.join(app, 'minutebook.yml'), 'utf8')).toMatch(/^title: Parish Council Minutes\nbaseUrl: https:\/\/parish\.example\.org\npathPrefix: \/\n/m)
    expect(readFileSync(path.join(app, '.github', 'workflows', 'publish.yml'), 'utf8')).toBe(readFileSync(path.join(repoRoot, '.github', 'workflows', 'publish.yml'), 'utf8'))

    expect(minutebook(['init', '--yes'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `minutebook: \`minutebook.yml\`, \`.gitignore\`, \`meetings/2025/2025-01-15-first-meeting.md\`, \`.github/workflows/check.yml\`, \`.github/workflows/publish.yml\` already exist in \`${app}\`; ` +
        'init writes nothing over a file, so remove them or choose another folder\n'
    })
  })

  it('new, check and build work from node_modules: the shipped template and site', () => {
    expect(minutebook(['new', '--title', 'Second meeting', '--date', '2025-02-12', '--series', 'Board'])).toEqual({
      status: 0,
      stdout: 'meetings/2025/2025-02-12-second-meeting.md\n',
      stderr: ''
    })
    const draft = readFileSync(path.join(app, 'meetings', '2025', '2025-02-12-second-meeting.md'), 'utf8')
    expect(draft).toMatch(/^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/minutebook\/schemas\/meeting\.schema\.json\ntitle: Second meeting\n/)
    expect(existsSync(path.join(app, 'node_modules', 'minutebook', 'schemas', 'meeting.schema.json'))).toBe(true)
    // The draft carries the Board's open action over and waits for its adoption decisions: warnings, no error.
    expect(minutebook(['check'])).toMatchObject({status: 0, stderr: ''})
    expect(minutebook(['build'])).toEqual({
      status: 0,
      stdout: expect.stringMatching(/^Built 1 meeting, 1 draft left out into _site: \d+ files, 1 in the search index\n$/),
      stderr: ''
    })
  })

  it('serves an archive whose home page, meetings and search work in chromium, with no serious axe violation', async () => {
    const {origin, child} = await serve()
    try {
      const page = await browser.newPage({viewport: {width: 1200, height: 900}})
      const errors = watchErrors(page)
      await page.goto(`${origin}/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('Parish Council Minutes')
      await page.screenshot({path: path.join(screenshots, 'packed-home.png'), fullPage: true})
      await page.locator('a[href$="/meetings/2025-01-15-first-meeting/"]').first().click()
      await page.waitForURL(`${origin}/meetings/2025-01-15-first-meeting/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('First meeting')
      // The agenda shows each item's own number once: no list marker before "1. Welcome and apologies".
      const first = page.locator('.toc li').first()
      await expect(first.locator('a').textContent()).resolves.toBe('1. Welcome and apologies')
      await expect(first.evaluate((item) => getComputedStyle(item).listStyleType)).resolves.toBe('none')
      await page.screenshot({path: path.join(screenshots, 'packed-meeting.png'), fullPage: true})
      const found: Record<string, unknown> = {}
      for (const pathname of ['/', '/meetings/2025-01-15-first-meeting/', '/people/ada-lovelace/', '/series/board/', '/actions/']) {
        await page.goto(`${origin}${pathname}`)
        found[pathname] = await seriousViolations(page)
      }
      expect(found).toEqual({'/': [], '/meetings/2025-01-15-first-meeting/': [], '/people/ada-lovelace/': [], '/series/board/': [], '/actions/': []})

      // A word of one agenda item's text: the result lands on that item.
      await page.goto(`${origin}/search/?q=searchable`)
      expect(await settledSearch(page)).toMatch(/^\d+ results? for “searchable”\.$/)
      const links = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      expect(links).toContain('/meetings/2025-01-15-first-meeting/#publishing-the-minutes')
      await page.screenshot({path: path.join(screenshots, 'packed-search.png'), fullPage: true})
      expect(errors).toEqual([])
      await page.close()
    } finally {
      await stop(child)
    }
  })

  it('starts an archive with create-minutebook, what `npm init minutebook` runs', async () => {
    const creator = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {cwd: path.join(repoRoot, 'packages', 'create-minutebook'), encoding: 'utf8'})
    ) as Array<{filename: string}>
    const tools = path.join(work, 'tools')
    await mkdir(tools)
    // Both from their tarballs: the minutebook installed beside it is the one create-minutebook depends on.
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, path.join(work, creator[0]!.filename)], {cwd: tools, stdio: 'ignore'})
    const result = spawnSync(path.join(tools, 'node_modules', '.bin', 'create-minutebook'), ['../board-minutes', '--yes'], {cwd: tools, encoding: 'utf8'})
    expect({status: result.status, stderr: result.stderr}).toEqual({status: 0, stderr: ''})
    expect(result.stdout).toContain('  cd ../board-minutes && npm install\n')
    const created = path.join(work, 'board-minutes')
    expect((await readdir(created)).sort()).toEqual(['.github', '.gitignore', 'meetings', 'minutebook.yml', 'package.json'])
    const manifest = JSON.parse(readFileSync(path.join(created, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version
    expect(manifest.dependencies).toEqual({minutebook: `^${version}`})
    expect(readFileSync(path.join(created, 'minutebook.yml'), 'utf8')).toContain('title: Minutes of board-minutes\n# baseUrl:')
  })

  it('takes site/assets/style.css of the archive alone over the shipped one', async () => {
    await mkdir(path.join(app, 'site', 'assets'), {recursive: true})
    const shipped = readFileSync(path.join(app, 'node_modules', 'minutebook', 'site', 'assets', 'style.css'), 'utf8')
    await writeFile(path.join(app, 'site', 'assets', 'style.css'), `${shipped}\nbody { background: rgb(250, 240, 200); }\n`)
    expect(minutebook(['build', '--quiet'])).toEqual({status: 0, stdout: '', stderr: ''})
    const {origin, child} = await serve()
    try {
      const page = await browser.newPage()
      const errors = watchErrors(page)
      await page.goto(`${origin}/meetings/2025-01-15-first-meeting/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('First meeting')
      await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(250, 240, 200)')
      await page.goto(`${origin}/search/?q=Babbage`)
      expect(await settledSearch(page)).toMatch(/^\d+ results? for “Babbage”\.$/)
      await page.screenshot({path: path.join(screenshots, 'packed-own-style.png'), fullPage: true})
      expect(errors).toEqual([])
      await page.close()
    } finally {
      await stop(child)
    }
  })
})
