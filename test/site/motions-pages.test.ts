import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.js'
import {closingSlug, motionsSlug, writeMotionsArchive} from './motions-archive.js'
import {manifest} from './site-files.js'

let root: string

/** The text of an HTML fragment, tags stripped and spaces collapsed. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.:;)])/g, '$1').trim()
}

/** The `<li>` of `html` that holds `needle` (the innermost one), as text. */
function entryWith(html: string, needle: string): string {
  const at = html.indexOf(needle)
  if (at < 0) return ''
  const start = html.lastIndexOf('<li', at)
  return textOf(html.slice(start, html.indexOf('</li>', at)))
}

/** The part of a page between an element's opening tag with `id` and the end of the section that holds it. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`)
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start))
}

/** The decisions, actions and recommendations marked under an agenda item (its body is the minutes' own text). */
function outcomesOf(section: string): string {
  const start = section.indexOf('<div class="outcomes">')
  return start < 0 ? '' : section.slice(start)
}

const page = (path: string) => readFile(join(root, '_site', path, 'index.html'), 'utf8')

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutebook-motions-'))
  await writeMotionsArchive(root)
  await buildSite({root, quiet: true, cache: false})
}, 180_000)

afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('the decisions register', () => {
  it('lists decisions and carried motions with mover, seconder, votes, unanimity and who was elected', async () => {
    const html = await page('decisions/2011')
    const register = html.slice(html.indexOf('<ol class="register">'), html.indexOf('</ol>'))
    expect(entryWith(register, 'object to the extension at Mill House')).toMatch(
      /^Carried .*object to the extension at Mill House Moved by Robert Hale · Seconded by Anita Desai · Vote: 3 for, 0 against, 1 abstaining 3\. Planning — Elmbridge Parish Council, 14 March 2011$/
    )
    expect(entryWith(register, 'standing orders be adopted')).toMatch(/Moved by Robert Hale · Seconded by Peter Lowe · Unanimous 2\. Standing orders/)
    // The name as the minutes wrote it, linked to the person's page.
    expect(entryWith(register, 'elected Chairman')).toMatch(/Elected: (?:Cllr )?Jane Porter as Chairman 1\. Election of Chairman/)
    expect(register).toMatch(/Elected: <a href="\/people\/jane-porter\/">/)
    expect(register).toContain('<a href="/people/robert-hale/">Robert Hale</a>')
    for (const motion of ['car park be closed on Sundays', 'buy a new noticeboard', 'hall be repainted']) expect(register).not.toContain(motion)
  })

  it('lists failed, withdrawn and deferred motions apart, under their own heading, each with its outcome', async () => {
    const notCarried = sectionOf(await page('decisions/2011'), 'not-carried-heading')
    expect(textOf(notCarried.slice(notCarried.indexOf('>') + 1, notCarried.indexOf('</h2>')))).toBe('Motions not carried (3)')
    expect(entryWith(notCarried, 'car park be closed on Sundays')).toMatch(/^Failed .*car park be closed on Sundays Moved by Peter Lowe · Seconded by Robert Hale · Vote: 1 for, 3 against 3\. Planning/)
    expect(entryWith(notCarried, 'buy a new noticeboard')).toMatch(/^Withdrawn .*buy a new noticeboard\.? Moved by Anita Desai 3\. Planning/)
    expect(entryWith(notCarried, 'hall be repainted')).toMatch(/^Deferred .*hall be repainted\.? Moved by Peter Lowe 3\. Planning/)
    expect(notCarried).not.toContain('Mill House')
  })

  it('lists each year on the index with its decisions and motions not carried, and links the year page back to it', async () => {
    const index = await page('decisions')
    expect(textOf(index)).toContain('3 decisions and 3 motions not carried.')
    expect(index).toContain('<li><a href="/decisions/2011/">2011</a> <span class="muted">(3 decisions, 3 not carried)</span></li>')
    expect(index).not.toContain('Mill House')
    const year = await page('decisions/2011')
    // The only year: no older or newer page to link to.
    expect(year).toContain('<nav class="year-nav" aria-label="Years"><a href="/decisions/">All years</a></nav>')
  })

  it('counts only decisions and carried motions on the home page', async () => {
    expect(textOf(await page(''))).toContain('3 decisions')
  })
})

describe('the meeting page', () => {
  it('marks each motion with its outcome and shows who moved and seconded it and the vote', async () => {
    const planning = outcomesOf(sectionOf(await page(`meetings/${motionsSlug}`), 'planning'))
    expect(planning).toContain('<h3 class="outcome-heading">Decisions and motions</h3>')
    expect(entryWith(planning, 'Mill House')).toMatch(/^Carried .*Mill House Moved by Robert Hale · Seconded by Anita Desai · Vote: 3 for, 0 against, 1 abstaining$/)
    expect(entryWith(planning, 'car park')).toMatch(/^Failed .*car park be closed on Sundays Moved by Peter Lowe · Seconded by Robert Hale · Vote: 1 for, 3 against$/)
    expect(entryWith(planning, 'noticeboard')).toMatch(/^Withdrawn /)
    expect(entryWith(planning, 'repainted')).toMatch(/^Deferred /)
  })

  it('shows an action in progress, and each of several owners linked to their page', async () => {
    const planning = outcomesOf(sectionOf(await page(`meetings/${motionsSlug}`), 'planning'))
    expect(entryWith(planning, 'to order the bench')).toMatch(/^In progress Mark Denby to order the bench\. Owner: Mark Denby$/)
    expect(entryWith(planning, 'about the footpath')).toMatch(/^Open .* Owners: Anita Desai, Peter Lowe Due: 30 April 2011$/)
    expect(planning).toContain('<a href="/people/anita-desai/">Anita Desai</a>, <a href="/people/peter-lowe/">Peter Lowe</a>')
  })

  it('counts only decisions and carried motions in the agenda', async () => {
    const html = await page(`meetings/${motionsSlug}`)
    const agenda = textOf(html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>', html.indexOf('<nav class="toc"'))))
    expect(agenda).toContain('3. Planning 1 decision 3 actions')
  })
})

describe('a person page', () => {
  it("lists the actions the person owns, alone or with others, with meeting, due date and status", async () => {
    const actions = sectionOf(await page('people/peter-lowe'), 'actions-heading')
    expect(entryWith(actions, 'about the footpath')).toBe(
      `Done Anita Desai and Peter Lowe to meet the County Council about the footpath by 30 April 2011 Due: 30 April 2011 · Owners: Anita Desai, Peter Lowe 3. Planning — Elmbridge Parish Council, 14 March 2011; done at Elmbridge Parish Council, 11 April 2011`
    )
    expect(entryWith(actions, 'potholes')).toBe('Open Peter Lowe to report the potholes in Church Street by 15 April 2011 Due: 15 April 2011 3. Planning — Elmbridge Parish Council, 14 March 2011')
    expect(actions).toContain(`href="/meetings/${closingSlug}/"`)
    expect(entryWith(sectionOf(await page('people/anita-desai'), 'actions-heading'), 'about the footpath')).toMatch(/^Done /)
    expect(entryWith(sectionOf(await page('people/mark-denby'), 'actions-heading'), 'bench')).toMatch(/^In progress Mark Denby to order the bench\./)
    expect(sectionOf(await page('people/jane-porter'), 'actions-heading')).toContain('The minutes give this person no actions.')
  })

  it('lists the motions the person moved or seconded, carried or not', async () => {
    const motions = sectionOf(await page('people/peter-lowe'), 'motions-heading')
    expect(entryWith(motions, 'standing orders')).toMatch(/^Carried .*Seconded by Peter Lowe · Unanimous 2\. Standing orders/)
    expect(entryWith(motions, 'car park')).toMatch(/^Failed .*Moved by Peter Lowe/)
    expect(entryWith(motions, 'repainted')).toMatch(/^Deferred /)
    expect(motions).not.toContain('Mill House')
    expect(sectionOf(await page('people/robert-hale'), 'motions-heading').split('<li').length - 1).toBe(3)
  })
})

describe('determinism', () => {
  it('gives the same bytes when the same minutes are built again', async () => {
    const first = manifest(join(root, '_site'))
    await buildSite({root, quiet: true, cache: false})
    expect(manifest(join(root, '_site'))).toBe(first)
  }, 180_000)
})
