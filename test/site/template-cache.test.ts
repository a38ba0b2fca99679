import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.js'
import {resetEleventyCaches} from '../../src/build/eleventy-caches.js'

const repo = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-template-cache-'))
const seedPage = join('meetings', '2007-02-28-stakeholder-meeting', 'index.html')

afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('template caches in one process (as `serve` rebuilds)', () => {
  it('reaches Eleventy’s caches, so builds may use them', async () => {
    expect(await resetEleventyCaches(join(repo, 'site'))).toBe(true)
  })

  it('sees edits to a layout and to an imported macro file between two builds', async () => {
    const root = join(work, 'archive')
    cpSync(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    cpSync(join(repo, 'site'), join(root, 'site'), {recursive: true})
    const first = await buildSite({root, out: '_site', quiet: true})
    expect(Object.keys(first.timings).sort()).toEqual(['archive', 'data', 'read', 'render', 'search', 'total'])
    const before = readFileSync(join(root, '_site', seedPage), 'utf8')
    expect(before).not.toContain('layout-edit-marker')

    const base = join(root, 'site', '_includes', 'base.njk')
    writeFileSync(base, readFileSync(base, 'utf8').replace('<a class="skip-link"', '<p>layout-edit-marker</p>\n<a class="skip-link"'))
    const macros = join(root, 'site', '_includes', 'macros.njk')
    writeFileSync(macros, readFileSync(macros, 'utf8').replace('<span class="badge badge-approved">Approved</span>', '<span class="badge badge-approved">Approved (macro-edit-marker)</span>'))
    await buildSite({root, out: '_site', quiet: true})
    const after = readFileSync(join(root, '_site', seedPage), 'utf8')
    expect(after).toContain('<p>layout-edit-marker</p>')
    expect(after).toContain('Approved (macro-edit-marker)')
    expect(after.replace('<p>layout-edit-marker</p>\n', '').replace(' (macro-edit-marker)', '')).toBe(before)
  })
})
