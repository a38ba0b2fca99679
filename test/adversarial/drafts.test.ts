import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {buildSite} from '../../src/build/build-site.js'
import {filesUnder, readableText} from './site-files.js'

const repo = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-drafts-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const draftSlug = '2024-02-01-canary-restructuring-plan'
const meetings: Record<string, string> = {
  '2024-01-01-board.md': '---\ntitle: Board\ndate: 2024-01-01\nseries: Board\nstatus: approved\n---\n\n## Item\n\nText.\n',
  [`${draftSlug}.md`]: '---\ntitle: Canary restructuring plan\ndate: 2024-02-01\nseries: Board\nstatus: draft\n---\n\n## Item\n\nDraft text.\n',
  // Adopts the minutes of a draft, and (next) of a published meeting.
  '2024-03-01-board.md': `---\ntitle: Board\ndate: 2024-03-01\nseries: Board\nstatus: approved\napproves: ${draftSlug}\n---\n\n## Item\n\nText.\n`,
  '2024-04-01-board.md': '---\ntitle: Board\ndate: 2024-04-01\nseries: Board\nstatus: approved\napproves: 2024-01-01-board\n---\n\n## Item\n\nText.\n'
}

function archive(name: string): string {
  const root = join(work, name)
  mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  for (const [file, text] of Object.entries(meetings)) writeFileSync(join(root, 'meetings', '2024', file), text)
  return root
}

describe('a draft named by `approves:` stays unpublished', () => {
  it('no output byte names it, built afresh or from the cache; an approved one stays named', async () => {
    const root = archive('approves')
    for (const run of ['cold', 'warm']) {
      await buildSite({root, quiet: true})
      const site = join(root, '_site')
      const naming = filesUnder(site).filter((file) => /canary-restructuring|restructuring-plan/i.test(readableText(join(site, file))))
      expect([run, naming]).toEqual([run, []])
      const api = JSON.parse(readFileSync(join(site, 'api', 'meetings', '2024-04-01-board.json'), 'utf8')) as {approves?: string}
      expect(api.approves).toBe('2024-01-01-board')
      expect(readFileSync(join(site, 'meetings', '2024-04-01-board', '2024-04-01-board.md'), 'utf8')).toContain('approves: 2024-01-01-board')
    }
  }, 180_000)
})

describe('with --drafts, drafts are marked in the calendar and the feeds', () => {
  it('TENTATIVE and `DRAFT:` in the calendar, `DRAFT:` and a draft category in every feed', async () => {
    const root = archive('marked')
    await buildSite({root, quiet: true, cache: false, drafts: true})
    const site = join(root, '_site')
    // Unfolded: long lines are folded at 75 octets (RFC 5545 §3.1).
    const events = readFileSync(join(site, 'meetings.ics'), 'utf8').replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)
    const draft = events.find((event) => event.includes(draftSlug)) ?? ''
    expect(draft).toContain('STATUS:TENTATIVE')
    expect(draft).toContain('SUMMARY:DRAFT: Canary restructuring plan')
    expect(events.filter((event) => event.includes('STATUS:CONFIRMED')).length).toBe(3)
    for (const feed of ['feed.xml', 'series/board/feed.xml']) {
      const entries = readFileSync(join(site, feed), 'utf8').split('<entry>').slice(1)
      const marked = entries.filter((entry) => entry.includes('<title>DRAFT: Canary restructuring plan, 1 February 2024</title>') && entry.includes('<category term="draft"'))
      expect([feed, marked.length, entries.filter((entry) => entry.includes('term="draft"')).length]).toEqual([feed, 1, 1])
    }
  }, 180_000)
})

describe('.cache, which holds every draft parsed and ready to publish, stays out of what is published', () => {
  it('is git-ignored, left out of the package, and no workflow uploads it', () => {
    expect(readFileSync(join(repo, '.gitignore'), 'utf8').split('\n')).toContain('.cache/')
    const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {files: string[]}
    expect(packageJson.files.filter((entry) => entry.includes('cache'))).toEqual([])
    const folder = join(repo, '.github', 'workflows')
    const uploads = readdirSync(folder).flatMap((name) => {
      const flow = parse(readFileSync(join(folder, name), 'utf8')) as {jobs: Record<string, {steps: Array<{uses?: string; with?: {path?: string}}>}>}
      return Object.values(flow.jobs).flatMap((job) => job.steps.filter((step) => /upload|deploy/.test(step.uses ?? '')).map((step) => [name, step.uses, step.with?.path]))
    })
    expect(uploads).toEqual([
      ['publish.yml', 'actions/upload-pages-artifact@v5', '_site'],
      ['publish.yml', 'actions/deploy-pages@v5', undefined]
    ])
    expect(readFileSync(join(repo, 'SECURITY.md'), 'utf8')).toMatch(/`\.cache\/parse`[^.]*every draft/)
  })
})
