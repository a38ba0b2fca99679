import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join, resolve} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {meetingDataSchema} from '../../src/model/meeting-schema.js'
import {loadConfig} from '../../src/parse/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {buildSite} from '../../src/build/build-site.js'
import {brokenLinks, listFiles, manifest, readText} from './site-files.js'
import {BuildError, BuildLockedError, SiteTemplateError, UnsafeOutputError} from '../../src/model/errors.js'

const repo = resolve(import.meta.dirname, '../..')
const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-build-'))
const outA = join(work, 'a')
const outB = join(work, 'b')

const meetingFiles = listFiles(join(repo, 'meetings')).filter((path) => path.endsWith('.md'))
const sources = new Map(meetingFiles.map((path) => [path, readFileSync(join(repo, 'meetings', path), 'utf8')]))
const draftSlugs = [...sources].filter(([, text]) => /^status:\s*draft\s*$/m.test(text)).map(([path]) => basename(path, '.md'))
const approvedSlugs = [...sources].filter(([, text]) => /^status:\s*approved\s*$/m.test(text)).map(([path]) => basename(path, '.md'))
/** Every line of text inside a private block of the example meetings. */
const privateLines = [...sources.values()].flatMap((text) =>
  [...text.matchAll(/<!--\s*private\s*-->([\s\S]*?)<!--\s*\/private\s*-->/g)].flatMap((match) =>
    (match[1] ?? '').split('\n').map((line) => line.trim()).filter((line) => line.length >= 12)
  )
)
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/

/** A copy of the example archive (meetings and settings) to build or break without touching the real one. */
function copyArchive(name: string, options: {withSite?: boolean} = {}): string {
  const root = join(work, name)
  mkdirSync(root, {recursive: true})
  cpSync(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  if (options.withSite) cpSync(join(repo, 'site'), join(root, 'site'), {recursive: true})
  return root
}

function runCli(args: string[], env: Record<string, string>, cwd = repo) {
  return spawnSync(process.execPath, [cli, ...args], {cwd, env: {...process.env, ...env}, encoding: 'utf8'})
}

let meetingsBefore = ''

beforeAll(() => {
  // The CLI runs the compiled code; other helpers' type errors must not stop the emit.
  try {
    execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', repo], {stdio: 'pipe'})
  } catch {
    // tsc still emits when some file has a type error; the CLI runs below tell whether it worked.
  }
  meetingsBefore = manifest(join(repo, 'meetings'))
  const a = runCli(['build', '--root', repo, '--out', outA, '--quiet'], {TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8'})
  if (a.status !== 0) throw new Error(`build A failed (${a.status}): ${a.stderr}`)
  const rootB = copyArchive('root-b')
  const b = runCli(['build', '--root', rootB, '--out', outB, '--quiet'], {TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'})
  if (b.status !== 0) throw new Error(`build B failed (${b.status}): ${b.stderr}`)
})

afterAll(() => {
  rmSync(work, {recursive: true, force: true})
})

describe('minutebook build over the example archive', () => {
  it('gives byte-identical output in two time zones and locales', () => {
    expect(approvedSlugs.length).toBeGreaterThan(0)
    expect(manifest(outB)).toBe(manifest(outA))
  })

  it('gives the same bytes when Eleventy renders the meeting pages in slices of two pages', async () => {
    const root = copyArchive('root-sliced')
    const out = join(root, '_site')
    const report = await buildSite({root, out: '_site', quiet: true, cache: false, pagesPerRun: 2})
    expect(report.meetings).toBe(approvedSlugs.length)
    expect(approvedSlugs.length).toBeGreaterThan(4)
    expect(manifest(out)).toBe(manifest(outA))
    // The slices' template folders are gone with the build.
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual(['._site.lock'].filter((name) => existsSync(join(root, name))))
  })

  it('renders a template that reads its own page list beyond its entry in one run, with the whole list', async () => {
    const root = copyArchive('root-whole-list', {withSite: true})
    const person = join(root, 'site', 'person.njk')
    writeFileSync(person, readFileSync(person, 'utf8').replace('<h1>{{ person.name }}</h1>', '<h1>{{ person.name }}</h1><p>One of {{ personPages | length }}</p>'))
    // In runs of two pages: rendered two people at a time, it would count two.
    const report = await buildSite({root, out: '_site', quiet: true, cache: false, pagesPerRun: 2})
    expect(report.archive.people.length).toBeGreaterThan(10)
    expect(readFileSync(join(root, '_site', 'people', 'mark-denby', 'index.html'), 'utf8')).toContain(`<p>One of ${report.archive.people.length}</p>`)
  })

  it('reuses unchanged search shards from .cache/search, indexes the edited one, and gives the bytes of a build without cache', async () => {
    const root = copyArchive('root-shards')
    const build = (cache: boolean, out = '_site') => buildSite({root, out, quiet: true, cache, searchShardSize: 1})
    const cold = await build(true)
    expect([cold.searchShards, cold.searchIndexedPages]).toEqual([4, approvedSlugs.length])
    expect(readdirSync(join(root, '.cache', 'search')).filter((name) => /^[0-9a-f]{64}$/.test(name))).toHaveLength(4)
    const warm = await build(true)
    expect(warm.searchIndexedPages).toBe(0)
    expect(manifest(join(root, '_site'))).toBe(manifest(cold.out))

    const seed = join(root, 'meetings', '2007', '2007-02-28-stakeholder-meeting.md')
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('Svay Rieng', 'Svay  Rieng province'))
    const edited = await build(true)
    const in2007 = approvedSlugs.filter((slug) => slug.startsWith('2007-')).length
    expect(edited.searchIndexedPages).toBe(in2007)
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))
  })

  it('reuses unchanged meeting pages from .cache/pages and renders the edited one, with the bytes of a build without cache', async () => {
    const root = copyArchive('root-pages', {withSite: true})
    const build = (cache: boolean, out = '_site') => buildSite({root, out, quiet: true, cache})
    expect((await build(true)).meetingPagesReused).toBe(0)
    const warm = await build(true)
    expect(warm.meetingPagesReused).toBe(approvedSlugs.length)
    expect(warm.archive.people.length).toBeGreaterThan(10)
    expect([warm.personPagesReused, warm.organizationPagesReused]).toEqual([warm.archive.people.length, warm.archive.organizations.length])
    expect(warm.archive.series.length).toBeGreaterThan(1)
    expect(warm.seriesPagesReused).toBe(warm.archive.series.length)
    // A page per year of each register (and none of a split person, organisation or series page: none here is at 100 meetings).
    expect(warm.yearPages).toBe(listFiles(join(root, '_site')).filter((path) => /^(?:decisions|actions|recommendations)\/\d{4}\/index\.html$/.test(path)).length)
    expect([warm.yearPages, warm.yearPagesReused]).toEqual([10, 10])
    expect(manifest(join(root, '_site'))).toBe(manifest(outA))

    // A decision edited in a 2008 meeting: of the year pages, only the decisions register's 2008 page is rendered again.
    const january2008 = join(root, 'meetings', '2008', '2008-01-30-stakeholder-meeting.md')
    writeFileSync(january2008, readFileSync(january2008, 'utf8').replace('were adopted without amendment.', 'were adopted with one amendment.'))
    const decisionEdited = await build(true)
    expect(decisionEdited.yearPagesReused).toBe(decisionEdited.yearPages - 1)
    expect(readFileSync(join(root, '_site', 'decisions', '2008', 'index.html'), 'utf8')).toContain('were adopted with one amendment.')
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))

    const seed = join(root, 'meetings', '2007', '2007-02-28-stakeholder-meeting.md')
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('Svay Rieng', 'Svay Rieng province'))
    const textEdited = await build(true)
    expect(textEdited.meetingPagesReused).toBe(approvedSlugs.length - 1)
    // The series pages list the meeting's title and date, not its text: all reused.
    expect(textEdited.seriesPagesReused).toBe(textEdited.archive.series.length)
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))

    // A person's role changed in one meeting: that person's page is rendered again, the other people's reused.
    const parish = join(root, 'meetings', '2010', '2010-04-12-parish-council.md')
    writeFileSync(parish, readFileSync(parish, 'utf8').replace('role: Clerk', 'role: Parish Clerk'))
    const roleEdited = await build(true)
    expect(roleEdited.personPagesReused).toBe(roleEdited.archive.people.length - 1)
    expect(roleEdited.organizationPagesReused).toBe(roleEdited.archive.organizations.length)
    expect(readFileSync(join(root, '_site', 'people', 'mark-denby', 'index.html'), 'utf8')).toContain('Parish Clerk')
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))

    // A damaged entry (its size is no longer the one its name records) is rendered again.
    const entries = listFiles(join(root, '.cache', 'pages')).filter((name) => name.endsWith('.html'))
    expect(entries).toHaveLength(
      approvedSlugs.length + roleEdited.archive.people.length + roleEdited.archive.organizations.length + roleEdited.archive.series.length + roleEdited.yearPages
    )
    writeFileSync(join(root, '.cache', 'pages', entries[0]!), '<p>damaged</p>')
    const reusedPages = (report: Awaited<ReturnType<typeof build>>) =>
      report.meetingPagesReused + report.personPagesReused + report.organizationPagesReused + report.seriesPagesReused + report.yearPagesReused
    expect(reusedPages(await build(true))).toBe(entries.length - 1)
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))

    // An edited template changes every page.
    const template = join(root, 'site', 'meeting.njk')
    writeFileSync(template, readFileSync(template, 'utf8').replace('<footer class="meeting-footer">', '<footer class="meeting-footer"><p>Edited template</p>'))
    expect(reusedPages(await build(true))).toBe(0)
    expect(readFileSync(join(root, '_site', 'meetings', approvedSlugs[0]!, 'index.html'), 'utf8')).toContain('Edited template')

    // A person page that reads the Archive could change with any meeting: it is rendered every build.
    const person = join(root, 'site', 'person.njk')
    writeFileSync(person, readFileSync(person, 'utf8').replace('<h1>{{ person.name }}</h1>', '<h1>{{ person.name }}</h1><p>In {{ archive.title }}</p>'))
    expect((await build(true)).personPagesReused).toBe(0)
    const again = await build(true)
    expect([again.personPagesReused, again.meetingPagesReused]).toEqual([0, approvedSlugs.length])
    expect(readFileSync(join(root, '_site', 'people', 'mark-denby', 'index.html'), 'utf8')).toContain(`In ${again.config.title}`)

    // A person template that paginates the Archive's people rather than `personPages`: all its pages, every build.
    writeFileSync(person, readFileSync(person, 'utf8').replace('data: personPages', 'data: archive.people').replace('<p>In {{ archive.title }}</p>', ''))
    const allPeople = await build(true)
    expect(allPeople.personPagesReused).toBe(0)
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))
  })

  it('links meetings\' API files and Markdown from .cache/parse, with the bytes of a build without cache', async () => {
    const root = copyArchive('root-files')
    const build = (cache: boolean, out = '_site') => buildSite({root, out, quiet: true, cache})
    // Written once, into the parse cache, by the parse that made them; linked from there by every build.
    expect((await build(true)).meetingFilesLinked).toBe(approvedSlugs.length)
    expect(manifest(join(root, '_site'))).toBe(manifest(outA))
    expect((await build(true)).meetingFilesLinked).toBe(approvedSlugs.length)
    expect(manifest(join(root, '_site'))).toBe(manifest(outA))
    const seedSlug = '2007-02-28-stakeholder-meeting'
    const api = join(root, '_site', 'api', 'meetings', `${seedSlug}.json`)
    const cached = listFiles(join(root, '.cache', 'parse')).filter((name) => name.endsWith('.api.json'))
    const inode = statSync(api).ino
    expect(cached.filter((name) => statSync(join(root, '.cache', 'parse', name)).ino === inode)).toHaveLength(1)

    const seed = join(root, 'meetings', '2007', `${seedSlug}.md`)
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('Svay Rieng', 'Svay Rieng province'))
    expect((await build(true)).meetingFilesLinked).toBe(approvedSlugs.length)
    expect(statSync(api).ino).not.toBe(inode)
    await build(false, '_fresh')
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))

    // A damaged file (not the size its entry records) is written again from the parse result.
    const other = approvedSlugs.find((slug) => slug !== seedSlug)!
    const otherApi = statSync(join(root, '_site', 'api', 'meetings', `${other}.json`)).ino
    const [otherEntry] = listFiles(join(root, '.cache', 'parse')).filter(
      (name) => name.endsWith('.api.json') && statSync(join(root, '.cache', 'parse', name)).ino === otherApi
    )
    writeFileSync(join(root, '.cache', 'parse', otherEntry!.replace(/\.api\.json$/, '.md')), '# damaged\n')
    expect((await build(true)).meetingFilesLinked).toBe(approvedSlugs.length - 1)
    expect(manifest(join(root, '_site'))).toBe(manifest(join(root, '_fresh')))
  })

  it('renders every meeting page when the meeting template reads the whole archive', async () => {
    const root = copyArchive('root-pages-archive', {withSite: true})
    const template = join(root, 'site', 'meeting.njk')
    writeFileSync(template, readFileSync(template, 'utf8').replace('<footer class="meeting-footer">', '<footer class="meeting-footer"><p>{{ archive.meetings.length }} meetings in the archive</p>'))
    await buildSite({root, out: '_site', quiet: true})
    const again = await buildSite({root, out: '_site', quiet: true})
    expect(again.meetingPagesReused).toBe(0)
    expect(readFileSync(join(root, '_site', 'meetings', approvedSlugs[0]!, 'index.html'), 'utf8')).toContain(`${approvedSlugs.length} meetings in the archive`)
  })

  it('leaves meetings/ unchanged', () => {
    expect(manifest(join(repo, 'meetings'))).toBe(meetingsBefore)
  })

  it('publishes every approved meeting and no draft', () => {
    const files = listFiles(outA)
    for (const slug of approvedSlugs) {
      expect(files).toContain(`meetings/${slug}/index.html`)
      expect(files).toContain(`api/meetings/${slug}.json`)
    }
    expect(draftSlugs.length).toBeGreaterThan(0)
    for (const slug of draftSlugs) {
      const mentions = files.filter((path) => path.includes(slug) || readText(outA, path).includes(slug))
      expect(mentions).toEqual([])
    }
  })

  it('publishes no private text and no e-mail address in any file, search index unpacked', () => {
    expect(privateLines.length).toBeGreaterThan(0)
    const leaks: string[] = []
    for (const path of listFiles(outA)) {
      const text = readText(outA, path)
      const email = emailPattern.exec(text)
      if (email) leaks.push(`${path}: e-mail \`${email[0]}\``)
      for (const line of privateLines) if (text.includes(line)) leaks.push(`${path}: private \`${line}\``)
    }
    expect(leaks).toEqual([])
  })

  it('resolves every internal link and anchor', () => {
    const {checked, broken} = brokenLinks(outA, '/')
    expect(checked).toBeGreaterThan(500)
    expect(broken).toEqual([])
  })

  it('gives every page one h1, a language, landmarks and a skip link', () => {
    const pages = listFiles(outA).filter((path) => path.endsWith('.html'))
    const problems = pages.flatMap((page) => {
      const html = readText(outA, page)
      const found: string[] = []
      if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) found.push(`${page}: h1 count`)
      if (!/^<!doctype html>\n<html lang="[a-z]{2,3}(-[A-Za-z0-9]+)*">/.test(html)) found.push(`${page}: lang`)
      for (const landmark of ['<header class="site-header">', '<nav aria-label="Archive">', '<main id="main"', '<footer class="site-footer">', '<a class="skip-link" href="#main">']) {
        if (!html.includes(landmark)) found.push(`${page}: ${landmark}`)
      }
      return found
    })
    expect(pages.length).toBeGreaterThan(40)
    expect(problems).toEqual([])
  })

  it('keeps a typical meeting page and its stylesheet under 50 KB', () => {
    const size = statSync(join(outA, 'meetings/2007-02-28-stakeholder-meeting/index.html')).size + statSync(join(outA, 'assets/style.css')).size
    expect(size).toBeLessThan(50 * 1024)
  })

  it('serves the Meeting contract as JSON, one file per meeting, and a list pointing at them', async () => {
    const config = await loadConfig(repo)
    const slug = '2007-02-28-stakeholder-meeting'
    const path = `meetings/2007/${slug}.md`
    const {meeting} = parseMeeting(readFileSync(join(repo, path)), {path, config})
    expect(JSON.parse(readText(outA, `api/meetings/${slug}.json`))).toEqual(JSON.parse(JSON.stringify(meeting)))
    const list = JSON.parse(readText(outA, 'api/meetings.json')) as {slug: string; json: string}[]
    expect(list.map((entry) => entry.slug)).toEqual([...approvedSlugs].sort())
    // Every address in the list is a file of the site.
    for (const entry of list) expect(JSON.parse(readText(outA, decodeURIComponent(entry.json).slice(1))).slug).toBe(entry.slug)
  })

  it('serves API files that conform to the schema of the Meeting data (schemas/meeting-data.schema.json)', () => {
    const files = listFiles(join(outA, 'api', 'meetings'))
    expect(files.length).toBe(approvedSlugs.length)
    for (const file of files) {
      const result = meetingDataSchema.safeParse(JSON.parse(readText(outA, `api/meetings/${file}`)))
      expect(result.success ? [] : result.error.issues.map((issue) => `${file} ${issue.path.join('.')}: ${issue.message}`)).toEqual([])
    }
  })

  it('writes a calendar with one all-day event per meeting and no clock time', () => {
    const ics = readText(outA, 'meetings.ics')
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(approvedSlugs.length)
    expect(ics).toContain(
      'BEGIN:VEVENT\r\nUID:https://minutebook.example.org/meetings/2007-02-28-stakeholder-meeting/\r\nDTSTAMP:20070228T000000Z\r\nDTSTART;VALUE=DATE:20070228\r\nDTEND;VALUE=DATE:20070301\r\n'
    )
  })

  it('writes Atom feeds for the archive and each series, and a sitemap of absolute URLs', () => {
    const feed = readText(outA, 'feed.xml')
    expect(feed.match(/<entry>/g)?.length).toBe(approvedSlugs.length)
    expect(feed).toContain('<id>https://minutebook.example.org/meetings/2007-02-28-stakeholder-meeting/</id>')
    expect(listFiles(outA)).toContain('series/stakeholder-meeting/feed.xml')
    // The series page advertises its feed to feed readers, as a meeting page of the series does.
    expect(readText(outA, 'series/stakeholder-meeting/index.html')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Stakeholder Meeting" href="/series/stakeholder-meeting/feed.xml">'
    )
    const sitemap = readText(outA, 'sitemap.xml')
    expect(sitemap).toContain('<loc>https://minutebook.example.org/people/kristy-fleming/</loc>')
    expect(sitemap).not.toContain('404')
    // Every HTML page on disk except the 404 is listed, once: the list comes from what Eleventy wrote, and must
    // agree with the pages themselves.
    const pages = listFiles(outA)
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `https://minutebook.example.org/${encodeURI(file.replace(/(^|\/)index\.html$/, '$1'))}`)
    expect([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]).sort()).toEqual(pages.sort())
  })

  it('shows the seed meeting with speakers, adoption and its series neighbour', () => {
    const html = readText(outA, 'meetings/2007-02-28-stakeholder-meeting/index.html')
    expect(html).toContain('<section id="presentation-on-an-assessment-of-trafficking-in-svay-rieng-province" class="agenda-item">')
    expect(html).toContain('<a href="/people/kristy-fleming/">Kristy Fleming</a>')
    expect(html).toContain('adopted at <a href="/meetings/2007-03-28-stakeholder-meeting/">')
    expect(html).toContain('Next: <a href="/meetings/2007-03-28-stakeholder-meeting/">')
    expect(html).toContain('<main id="main" class="wrap" data-pagefind-body>')
    expect(readText(outA, 'index.html')).not.toContain('data-pagefind-body')
  })

  it('merges every spelling of Kristy Fleming into one person page with contributions and attendance', () => {
    const people = listFiles(outA).filter((path) => /^people\/[^/]*fleming[^/]*\/index\.html$/.test(path))
    expect(people).toEqual(['people/kristy-fleming/index.html'])
    const html = readText(outA, 'people/kristy-fleming/index.html')
    expect(html).toContain('<h2 id="contributions-heading">Contributions</h2>')
    expect(html).toContain('<a href="/meetings/2007-02-28-stakeholder-meeting/#presentation-of-the-results-from-the-survey-on-coordination-needs-of-stakeholders">')
    expect(html).toContain('<h2 id="attendance-heading">Attendance</h2>')
  })
})

describe('buildSite safety', () => {
  it('keeps the previous output when a meeting has a fatal error', async () => {
    const root = copyArchive('root-fail')
    const out = join(root, '_site')
    await buildSite({root, quiet: true})
    const before = manifest(out)
    mkdirSync(join(root, 'meetings', '2011'))
    writeFileSync(join(root, 'meetings', '2011', '2011-01-01-broken.md'), '---\ndate: 2011-01-01\nstatus: approved\n---\n\n## Item\n')
    const error = await buildSite({root, quiet: true}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BuildError)
    const messages = (error as BuildError).messages
    expect(messages.map((message) => [message.file, message.fatal])).toEqual([['meetings/2011/2011-01-01-broken.md', true]])
    expect(manifest(out)).toBe(before)
    expect(readdirSync(root).filter((name) => name.startsWith('._site'))).toEqual([])

    const cliRun = runCli(['build'], {}, root)
    expect(cliRun.status).toBe(1)
    expect(cliRun.stderr).toMatch(/^meetings\/2011\/2011-01-01-broken\.md:\d+:\d+: .+ \[minutebook:[\w-]+\]$/m)
    expect(manifest(out)).toBe(before)
  })

  it('refuses a meeting whose file name leaves no slug for a page, naming the file', async () => {
    const root = copyArchive('root-dots')
    const out = join(root, '_site')
    await buildSite({root, quiet: true})
    const before = manifest(out)
    const seed = readFileSync(join(root, 'meetings', '2007', '2007-02-28-stakeholder-meeting.md'), 'utf8')
    // `...md` is the slug `..`: its page would land on the home page and its Markdown outside meetings/.
    writeFileSync(join(root, 'meetings', '2007', '...md'), seed)
    const error = await buildSite({root, quiet: true}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BuildError)
    // The copy is also a second meeting of the series that day, which `check` reports too (on the seed, the later name).
    expect((error as BuildError).messages.map((message) => [message.file, message.ruleId, message.fatal])).toEqual([
      ['meetings/2007/...md', 'file-name', true],
      ['meetings/2007/2007-02-28-stakeholder-meeting.md', 'duplicate-meeting', true]
    ])
    expect(String((error as BuildError).messages[0]!.reason)).toContain('`...md`')
    expect(manifest(out)).toBe(before)
  })

  it('refuses two meetings with one slug in the words of `check`', async () => {
    const root = copyArchive('root-duplicate-slug')
    const seed = join(root, 'meetings', '2007', '2007-02-28-stakeholder-meeting.md')
    writeFileSync(join(root, 'meetings', '2008', '2007-02-28-stakeholder-meeting.md'), readFileSync(seed, 'utf8'))
    const error = await buildSite({root, quiet: true}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BuildError)
    const duplicates = (error as BuildError).messages.filter((message) => message.ruleId === 'duplicate-slug')
    expect(duplicates.map((message) => [message.file, message.fatal, message.reason])).toEqual([
      [
        'meetings/2008/2007-02-28-stakeholder-meeting.md',
        true,
        'Unexpected duplicate slug `2007-02-28-stakeholder-meeting`, expected a slug no other meeting uses; `meetings/2007/2007-02-28-stakeholder-meeting.md` has it'
      ]
    ])
    expect(existsSync(join(root, '_site'))).toBe(false)
  })

  it('keeps the previous output when rendering fails midway, and removes the half-built folder', async () => {
    const root = copyArchive('root-midway', {withSite: true})
    const out = join(root, '_site')
    await buildSite({root, quiet: true})
    const before = manifest(out)
    writeFileSync(join(root, 'site', 'person.njk'), readFileSync(join(root, 'site', 'person.njk'), 'utf8') + '\n{{ person.name | noSuchFilter }}\n')
    await expect(buildSite({root, quiet: true})).rejects.toThrow(/^Unexpected error in the site templates \(`.+`\), expected them to render: .*person\.njk.*filter not found: noSuchFilter/)
    expect(manifest(out)).toBe(before)
    expect(readdirSync(root).filter((name) => name.startsWith('._site'))).toEqual([])
    await expect(buildSite({root, quiet: true})).rejects.toBeInstanceOf(SiteTemplateError)
  })

  it('removes pages of meetings that no longer exist', async () => {
    const root = copyArchive('root-remove')
    await buildSite({root, quiet: true})
    const slug = approvedSlugs.at(-1)!
    const file = meetingFiles.find((path) => basename(path, '.md') === slug)!
    rmSync(join(root, 'meetings', file))
    await buildSite({root, quiet: true})
    expect(existsSync(join(root, '_site', 'meetings', slug))).toBe(false)
    expect(existsSync(join(root, '_site', 'api', 'meetings', `${slug}.json`))).toBe(false)
  })

  it('refuses an output that is the root, inside meetings/ or site/, or a folder of other files', async () => {
    const root = copyArchive('root-refuse', {withSite: true})
    for (const out of ['.', 'meetings', 'meetings/_site', 'site/_site', '..']) {
      await expect(buildSite({root, out, quiet: true})).rejects.toBeInstanceOf(UnsafeOutputError)
    }
    mkdirSync(join(root, 'documents'))
    writeFileSync(join(root, 'documents', 'letter.txt'), 'keep me')
    await expect(buildSite({root, out: 'documents', quiet: true})).rejects.toThrow(
      `Unexpected folder \`${join(root, 'documents')}\` that holds files but no earlier minutebook build, expected an empty folder or a previous output`
    )
    expect(readFileSync(join(root, 'documents', 'letter.txt'), 'utf8')).toBe('keep me')
    expect(listFiles(join(root, 'meetings'))).toEqual(meetingFiles)
  })

  it('refuses to build while another build holds the lock', async () => {
    const root = copyArchive('root-lock')
    writeFileSync(join(root, '._site.lock'), String(process.pid))
    await expect(buildSite({root, quiet: true})).rejects.toBeInstanceOf(BuildLockedError)
    expect(existsSync(join(root, '_site'))).toBe(false)
  })

  it('honours a path prefix in every link, feed and sitemap', async () => {
    const root = copyArchive('root-prefix')
    const settings = readFileSync(join(root, 'minutebook.yml'), 'utf8').replace(/^pathPrefix: .*$/m, 'pathPrefix: /minutes/')
    writeFileSync(join(root, 'minutebook.yml'), settings)
    await buildSite({root, quiet: true})
    const out = join(root, '_site')
    const {checked, broken} = brokenLinks(out, '/minutes/')
    expect(checked).toBeGreaterThan(500)
    expect(broken).toEqual([])
    expect(readText(out, 'feed.xml')).toContain('<id>https://minutebook.example.org/minutes/meetings/2007-02-28-stakeholder-meeting/</id>')
    expect(readText(out, 'sitemap.xml')).toContain('<loc>https://minutebook.example.org/minutes/</loc>')
  })

  it('publishes drafts only with drafts: true, each with a DRAFT banner and noindex, outside the sitemap', async () => {
    const root = copyArchive('root-drafts')
    await buildSite({root, drafts: true, quiet: true})
    const out = join(root, '_site')
    const sitemapBefore = readText(out, 'sitemap.xml')
    // The second build takes every meeting page from the page cache: the drafts stay out of the sitemap.
    expect((await buildSite({root, drafts: true, quiet: true})).meetingPagesReused).toBe(approvedSlugs.length + draftSlugs.length)
    expect(readText(out, 'sitemap.xml')).toBe(sitemapBefore)
    expect(draftSlugs.length).toBeGreaterThan(0)
    for (const slug of draftSlugs) {
      const html = readText(out, `meetings/${slug}/index.html`)
      expect(html).toContain('<meta name="robots" content="noindex">')
      expect(html).toContain('<div class="draft-banner" role="note"><strong>DRAFT</strong>')
      expect(readText(out, 'sitemap.xml')).not.toContain(slug)
    }
    for (const slug of approvedSlugs) expect(readText(out, `meetings/${slug}/index.html`)).not.toContain('noindex')
  })
})
