import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Meeting} from '../../src/model/meeting.js'
import {writeSearchIndex} from '../../src/build/search/index-site.js'
import {fixtureMeetings} from './fixtures.js'
import {openPagefind} from './pagefind-query.js'

/** The fixture archive over two years: the Khmer meeting moves to 2006, so a shard size of 1 makes two shards. */
const meetings: Meeting[] = fixtureMeetings.map((meeting) =>
  meeting.slug === '2007-03-28-stakeholder-meeting' ? {...meeting, date: '2006-03-28'} : meeting
)

/** The repository, whose dist/ holds the compiled modules. */
const repo = path.join(import.meta.dirname, '..', '..')

let work: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'minutebook-shards-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

/** Every file of the site's search bundles, by path, as base64. */
async function bundleFiles(site: string): Promise<Record<string, string>> {
  const folder = path.join(site, '_pagefind')
  const names = (await readdir(folder, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readFile(path.join(folder, name))).toString('base64')] as const)))
}

let site = 0
/**
 * Writes the index of `list` into a new site folder: on this thread from the sources, or with `compiled` from
 * dist/ (compiled by the global setup), where a worker thread writes the shards as in a real build.
 */
async function build(list: Meeting[], options: {shardSize?: number | false; cacheDir?: string} = {}, compiled = false) {
  const dir = path.join(work, `site-${site++}`)
  const write = compiled
    ? ((await import(path.join(repo, 'dist', 'build', 'search', 'index-site.js'))) as typeof import('../../src/build/search/index-site.js')).writeSearchIndex
    : writeSearchIndex
  const report = await write(dir, {meetings: list, pathPrefix: '/', ...options})
  return {dir, report}
}

describe('a search index in shards', () => {
  it('puts the newest year in the main bundle and lists the older shards in words.json', async () => {
    const {dir, report} = await build(meetings, {shardSize: 1})
    expect(report).toEqual({pages: 2, shards: 2, indexedPages: 2})
    const listing = JSON.parse(await readFile(path.join(dir, '_pagefind', 'words.json'), 'utf8')) as {shards: string[]}
    expect(listing.shards).toEqual(['shards/2006/'])
    const entry = async (folder: string) =>
      (JSON.parse(await readFile(path.join(dir, '_pagefind', folder, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>}).languages['en']?.page_count
    expect(await entry('')).toBe(1)
    expect(await entry('shards/2006')).toBe(1)
    // Pagefind's UI bundles carry e-mail addresses: no shard keeps them.
    expect(Object.keys(await bundleFiles(dir)).filter((name) => /pagefind-(?:component-|modular-)?ui\./.test(name))).toEqual([])
  })

  it('finds, filters and counts across the shards as one bundle does', async () => {
    const sharded = await openPagefind((await build(meetings, {shardSize: 1})).dir)
    const whole = await openPagefind((await build(meetings, {shardSize: false})).dir)
    try {
      for (const query of ['Svay Rieng', 'shelters', 'ជួញដូរ']) expect(await sharded.search(query)).toEqual(await whole.search(query))
      const urls = async (runtime: typeof sharded, query: string | null, filters?: Record<string, string>) =>
        (await runtime.search(query, filters)).map((hit) => hit.url).sort()
      expect(await urls(sharded, 'Bettina')).toEqual(await urls(whole, 'Bettina'))
      expect(await urls(sharded, 'Bettina')).toHaveLength(2)
      expect(await urls(sharded, null, {year: '2006'})).toEqual(['/meetings/2007-03-28-stakeholder-meeting/'])
      expect(await sharded.filters()).toEqual(await whole.filters())
    } finally {
      await sharded.close()
      await whole.close()
    }
  })
})

describe('the bundle cache', () => {
  it('indexes only the shards whose pages changed, and makes the same bytes as a build without it', async () => {
    const cacheDir = path.join(work, 'cache')
    const first = await build(meetings, {shardSize: 1, cacheDir})
    expect(first.report.indexedPages).toBe(2)
    const again = await build(meetings, {shardSize: 1, cacheDir})
    expect(again.report).toEqual({pages: 2, shards: 2, indexedPages: 0})
    expect(await bundleFiles(again.dir)).toEqual(await bundleFiles(first.dir))

    const edited = meetings.map((meeting) =>
      meeting.date === '2006-03-28' ? {...meeting, title: `${meeting.title} (corrected)`} : meeting
    )
    const warm = await build(edited, {shardSize: 1, cacheDir})
    expect(warm.report).toEqual({pages: 2, shards: 2, indexedPages: 1})
    const cold = await build(edited, {shardSize: 1})
    expect(await bundleFiles(warm.dir)).toEqual(await bundleFiles(cold.dir))
    // The entry of the shard before the edit is gone: the cache holds what the last build used.
    expect((await readdir(cacheDir)).filter((name) => /^[0-9a-f]{64}$/.test(name))).toHaveLength(2)
  })

  it('does the same on a worker thread, which is handed a cached shard without waiting for it', async () => {
    const cacheDir = path.join(work, 'worker-cache')
    const edited = meetings.map((meeting) => (meeting.date === '2006-03-28' ? {...meeting, title: `${meeting.title} (corrected)`} : meeting))
    // Both shards cached, then the older one edited: the newest (cached) goes first and the edited one follows it.
    expect((await build(meetings, {shardSize: 1, cacheDir}, true)).report.indexedPages).toBe(2)
    const again = await build(meetings, {shardSize: 1, cacheDir}, true)
    expect(again.report).toEqual({pages: 2, shards: 2, indexedPages: 0})
    const warm = await build(edited, {shardSize: 1, cacheDir}, true)
    expect(warm.report).toEqual({pages: 2, shards: 2, indexedPages: 1})
    expect(await bundleFiles(again.dir)).toEqual(await bundleFiles((await build(meetings, {shardSize: 1})).dir))
    expect(await bundleFiles(warm.dir)).toEqual(await bundleFiles((await build(edited, {shardSize: 1})).dir))
    // A damaged entry looks cached until its files are checked: that shard is then indexed after all.
    const entries = (await readdir(cacheDir)).filter((name) => /^[0-9a-f]{64}$/.test(name))
    const fragments = path.join(cacheDir, entries[0]!, 'fragment')
    await writeFile(path.join(fragments, (await readdir(fragments))[0]!), 'not a fragment')
    const mended = await build(edited, {shardSize: 1, cacheDir}, true)
    expect(mended.report).toEqual({pages: 2, shards: 2, indexedPages: 1})
    expect(await bundleFiles(mended.dir)).toEqual(await bundleFiles((await build(edited, {shardSize: 1})).dir))
  })

  it('ignores a damaged entry, indexes the shard again and mends the entry', async () => {
    const cacheDir = path.join(work, 'damaged-cache')
    const clean = await build(meetings, {shardSize: false})
    await build(meetings, {shardSize: false, cacheDir})
    const [entry] = await readdir(cacheDir)
    const fragments = path.join(cacheDir, entry!, 'fragment')
    const [fragment] = await readdir(fragments)
    await writeFile(path.join(fragments, fragment!), 'not a fragment')
    const repaired = await build(meetings, {shardSize: false, cacheDir})
    expect(repaired.report.indexedPages).toBe(2)
    expect(await bundleFiles(repaired.dir)).toEqual(await bundleFiles(clean.dir))
    await rm(path.join(cacheDir, entry!, 'manifest.json'))
    expect((await build(meetings, {shardSize: false, cacheDir})).report.indexedPages).toBe(2)
    const reused = await build(meetings, {shardSize: false, cacheDir})
    expect(reused.report.indexedPages).toBe(0)
    expect(await bundleFiles(reused.dir)).toEqual(await bundleFiles(clean.dir))
  })
})
