import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {pagesSliceable, pagesStandAlone} from '../../src/build/page-cache.js'

let siteDir: string

/** A person template paginating `data`, with `body` under its front matter. */
function personTemplate(body: string, data = 'personPages'): string {
  return `---\npagination:\n  data: ${data}\n  size: 1\n  alias: person\npermalink: "/people/{{ person.slug }}/"\n---\n${body}\n`
}

const templates: Record<string, string> = {
  'own-entry.njk': personTemplate('<h1>{{ person.name }}</h1>'),
  'reads-archive.njk': personTemplate('<h1>{{ person.name }}</h1><p>In {{ archive.title }}</p>'),
  'reads-its-list.njk': personTemplate('<p>One of {{ personPages | length }}</p>'),
  'reads-other-pages.njk': personTemplate('<a href="{{ pagination.href.next }}">next</a>'),
  'reads-collections.njk': personTemplate('{{ collections.all | length }}'),
  'paginates-archive.njk': personTemplate('<h1>{{ person.name }}</h1>', 'archive.people')
}

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'minutebook-page-templates-'))
  await mkdir(join(siteDir, '_includes'))
  await writeFile(join(siteDir, '_includes', 'base.njk'), '<main>{{ content | safe }}</main>')
  for (const [name, text] of Object.entries(templates)) await writeFile(join(siteDir, name), text)
})

afterAll(async () => {
  await rm(siteDir, {recursive: true, force: true})
})

describe('which templates render in slices and which are reused', () => {
  it('slices a template that reads its entry and the Archive, but reuses only the one that reads its entry alone', async () => {
    const verdicts = async (name: string) => [await pagesSliceable(siteDir, name, 'personPages'), await pagesStandAlone(siteDir, name, 'personPages')]
    expect(await verdicts('own-entry.njk')).toEqual([true, true])
    expect(await verdicts('reads-archive.njk')).toEqual([true, false])
    expect(await verdicts('reads-its-list.njk')).toEqual([false, false])
    expect(await verdicts('reads-other-pages.njk')).toEqual([false, false])
    expect(await verdicts('reads-collections.njk')).toEqual([false, false])
    expect(await verdicts('paginates-archive.njk')).toEqual([false, false])
    expect(await verdicts('missing.njk')).toEqual([false, false])
  })

  it('looks into the includes too', async () => {
    const other = await mkdtemp(join(tmpdir(), 'minutebook-page-includes-'))
    try {
      await mkdir(join(other, '_includes'))
      await writeFile(join(other, '_includes', 'base.njk'), '<nav>{{ personPages | length }} people</nav>')
      await writeFile(join(other, 'person.njk'), templates['own-entry.njk']!)
      expect(await pagesSliceable(other, 'person.njk', 'personPages')).toBe(false)
    } finally {
      await rm(other, {recursive: true, force: true})
    }
  })
})
