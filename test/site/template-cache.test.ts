import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.js'
import {compileNunjucksOnce, type NunjucksOnceConfig} from '../../src/build/nunjucks-once.js'

const repo = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-template-cache-'))
const seedPage = join('meetings', '2007-02-28-stakeholder-meeting', 'index.html')

afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('Nunjucks compiled once per template in an Eleventy run', () => {
  /** The `njk` override {@link compileNunjucksOnce} adds, the environment hook, and the paths of the templates it made. */
  function override() {
    let amend: ((environment: unknown) => void) | undefined
    let extension: {compile(source: string, inputPath: string): (data: unknown) => Promise<string>; compileOptions?: unknown} | undefined
    const made: Array<string | null> = []
    class Template {
      constructor(
        readonly source: string,
        readonly environment: unknown,
        path: string | null
      ) {
        made.push(path)
      }
      render(data: unknown, done: (error: Error | null, result: string) => void) {
        done(null, `${String(this.environment)} ${this.source}:${JSON.stringify(data)}`)
      }
    }
    compileNunjucksOnce(
      {
        amendLibrary: (language, added) => {
          expect(language).toBe('njk')
          amend = added
        },
        addExtension: (name, options) => {
          expect(name).toBe('njk')
          extension = options as typeof extension
        }
      },
      () => ({Template})
    )
    return {amend: amend!, extension: extension!, made}
  }

  it('makes one template for a path and text however many pages render it, and one for each other text', async () => {
    const {amend, extension, made} = override()
    amend('run-environment')
    const first = extension.compile('{{ page }}', './site/meeting.njk')
    const again = extension.compile('{{ page }}', './site/meeting.njk')
    expect(again).toBe(first)
    await expect(first({page: 1})).resolves.toBe('run-environment {{ page }}:{"page":1}')
    await expect(again({page: 2})).resolves.toBe('run-environment {{ page }}:{"page":2}')
    extension.compile('{{ other }}', './site/meeting.njk')
    extension.compile('/meetings/{{ slug }}/', 'njk')
    expect(made).toEqual(['./site/meeting.njk', './site/meeting.njk', null])
    // Permalinks are rendered with the same compile, as Eleventy's own Nunjucks engine renders them.
    expect(extension.compileOptions).toEqual({permalink: true})
  })

  it('refuses to compile before Eleventy made its Nunjucks environment', () => {
    const {extension} = override()
    expect(() => extension.compile('{{ page }}', './site/meeting.njk')).toThrow(/amendLibrary/)
  })

  it('renders with the Nunjucks Eleventy loads, in the environment it hands over', async () => {
    let amend: ((environment: unknown) => void) | undefined
    let extension: {compile(source: string, inputPath: string): (data: unknown) => Promise<string>} | undefined
    compileNunjucksOnce({amendLibrary: (_language, added) => (amend = added), addExtension: (_name, options) => (extension = options as typeof extension)})
    const nunjucks = createRequire(import.meta.resolve('@11ty/eleventy'))('nunjucks') as {Environment: new () => {addFilter(name: string, filter: (value: string) => string): void}}
    const environment = new nunjucks.Environment()
    environment.addFilter('shout', (value) => value.toUpperCase())
    amend!(environment)
    await expect(extension!.compile('{{ name | shout }}', './site/x.njk')({name: 'sokha'})).resolves.toBe('SOKHA')
  })
})

describe('template edits seen in one process (as `serve` rebuilds)', () => {
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
