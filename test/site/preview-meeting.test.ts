import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite, type BuildReport} from '../../src/build/build-site.js'
import {previewMeetingPage} from '../../src/build/preview-meeting.js'
import {manifest} from './site-files.js'

const repo = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-preview-'))
const root = join(work, 'archive')
const seedPath = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
const seedPage = 'meetings/2007-02-28-stakeholder-meeting/index.html'
let report: BuildReport
let seed: string

beforeAll(async () => {
  mkdirSync(root, {recursive: true})
  cpSync(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  report = await buildSite({root, quiet: true})
  seed = readFileSync(join(root, seedPath), 'utf8')
}, 120_000)

afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Previews `path` against the archive of the first build. */
function preview(path: string) {
  return previewMeetingPage({root, out: report.out, archive: report.archive, config: report.config, path, drafts: false})
}

describe('previewMeetingPage', () => {
  it('re-renders only the changed meeting page, in place, with the new text', async () => {
    const before = manifest(report.out).split('\n')
    writeFileSync(join(root, seedPath), seed.replace('\n## Welcome and introductions\n', '\n## Welcome and introductions\n\nPreviewmarker sentence for the reader.\n'))
    await expect(preview(seedPath)).resolves.toBe('2007-02-28-stakeholder-meeting')
    const page = readFileSync(join(report.out, seedPage), 'utf8')
    expect(page).toContain('Previewmarker sentence for the reader.')
    // The rest of the page as the full build made it: layout, speakers linked to their pages.
    expect(page).toContain('href="/people/kristy-fleming/"')
    const after = manifest(report.out).split('\n')
    expect(after.filter((line) => !before.includes(line)).map((line) => line.split(' ')[0])).toEqual([seedPage])
    expect(after.length).toBe(before.length)
  })

  it('leaves the page alone when the meeting no longer parses, or moved in time', async () => {
    const page = readFileSync(join(report.out, seedPage), 'utf8')
    writeFileSync(join(root, seedPath), seed.replace(/^title:.*$/m, 'title: [unclosed'))
    await expect(preview(seedPath)).resolves.toBeUndefined()
    writeFileSync(join(root, seedPath), seed.replace('date: 2007-02-28', 'date: 2007-02-27'))
    await expect(preview(seedPath)).resolves.toBeUndefined()
    expect(readFileSync(join(report.out, seedPage), 'utf8')).toBe(page)
  })

  it('leaves a new or deleted meeting to the full build', async () => {
    writeFileSync(join(root, 'meetings/2007/2007-05-30-new-meeting.md'), seed)
    await expect(preview('meetings/2007/2007-05-30-new-meeting.md')).resolves.toBeUndefined()
    await expect(preview('meetings/2007/missing.md')).resolves.toBeUndefined()
  })

  it('lets a read failure other than a missing file through instead of taking it for an empty meeting', async () => {
    mkdirSync(join(root, 'meetings/2007/2007-06-01-folder.md'))
    await expect(preview('meetings/2007/2007-06-01-folder.md')).rejects.toMatchObject({code: 'EISDIR'})
  })
})
