import {createHash} from 'node:crypto'
import {cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {defaultConfig} from '../../src/model/config.js'
import {cacheKey, ParseCache, storedResult} from '../../src/build/parse-cache.js'
import {parseFile} from '../../src/build/parse-pool.js'
import {readMeetings} from '../../src/build/read-meetings.js'
import {meetingJson} from '../../src/render/api.js'
import {publishedMarkdown} from '../../src/render/published-markdown.js'

const repo = join(import.meta.dirname, '..', '..')
let roots: string[] = []

async function archive(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'minutebook-cache-'))
  roots.push(root)
  await cp(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
  return root
}

/** Every file of the parse cache: entries and the files kept beside them. */
async function cacheFiles(root: string): Promise<string[]> {
  const entries = await readdir(join(root, '.cache', 'parse'), {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort()
}

/** The entries of the parse cache (`<key>.json`). */
async function cacheEntries(root: string): Promise<string[]> {
  return (await cacheFiles(root)).filter((file) => /[0-9a-f]{64}\.json$/.test(file))
}

afterEach(async () => {
  await Promise.all(roots.map((root) => rm(root, {recursive: true, force: true})))
  roots = []
})

describe('cache keys', () => {
  const bytes = new TextEncoder().encode('---\ntitle: A\ndate: 2024-01-01\n---\n')

  it('change with the bytes, the path and the config that affects parsing', () => {
    const base = cacheKey('meetings/a.md', bytes, defaultConfig)
    expect(cacheKey('meetings/a.md', bytes, defaultConfig)).toBe(base)
    expect(cacheKey('meetings/b.md', bytes, defaultConfig)).not.toBe(base)
    expect(cacheKey('meetings/a.md', new TextEncoder().encode('---\ntitle: B\ndate: 2024-01-01\n---\n'), defaultConfig)).not.toBe(base)
    const registry = {...defaultConfig, people: [{name: 'Kristy Fleming', aliases: ['K. Fleming']}]}
    expect(cacheKey('meetings/a.md', bytes, registry)).not.toBe(base)
    expect(cacheKey('meetings/a.md', bytes, {...defaultConfig, title: 'Another site title'})).toBe(base)
  })
})

describe('readMeetings with the cache', () => {
  it('gives the same meetings cold, warm and without the cache', async () => {
    const root = await archive()
    const cold = await readMeetings(root, defaultConfig)
    const entries = await cacheEntries(root)
    expect(entries).toHaveLength(cold.length)
    const warm = await readMeetings(root, defaultConfig)
    const uncached = await readMeetings(root, defaultConfig, {cache: false})
    expect(warm.map((loaded) => loaded.meeting)).toEqual(cold.map((loaded) => loaded.meeting))
    expect(uncached.map((loaded) => loaded.meeting)).toEqual(cold.map((loaded) => loaded.meeting))
    expect(warm.map((loaded) => loaded.messages.map(String))).toEqual(cold.map((loaded) => loaded.messages.map(String)))
  })

  it('re-parses a changed file instead of serving the old result', async () => {
    const root = await archive()
    const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
    await readMeetings(root, defaultConfig)
    const text = await readFile(join(root, path), 'utf8')
    await writeFile(join(root, path), text.replace('title: Stakeholder Meeting on Human Trafficking', 'title: Renamed meeting'))
    const again = await readMeetings(root, defaultConfig)
    const found = again.find((loaded) => loaded.path === path)
    expect(found?.messages.map(String)).toEqual([expect.stringContaining("e-mail")])
    expect(found?.meeting?.title).toBe('Renamed meeting')
    // Only the edited file was parsed by this read; the others came from the cache.
    expect(again.filter((loaded) => loaded.parsed).map((loaded) => loaded.path)).toEqual([path])
  })

  it('parses every file again under a new parse format, and drops the older format\'s entries', async () => {
    const root = await archive()
    const cold = await readMeetings(root, defaultConfig)
    const before = await cacheEntries(root)
    // What a developer does after changing what the parser makes: bump `parseStage.format` (see src/build/cache.ts).
    vi.resetModules()
    vi.doMock('../../src/build/cache-stages.js', async (importOriginal) => {
      const stages = await importOriginal<typeof import('../../src/build/cache-stages.js')>()
      return {...stages, parseStage: {...stages.parseStage, format: stages.parseStage.format + 1}}
    })
    try {
      const bumped = (await import('../../src/build/read-meetings.js')).readMeetings
      const again = await bumped(root, defaultConfig)
      expect(again.filter((loaded) => !loaded.parsed).map((loaded) => loaded.path)).toEqual([])
      expect(again.map((loaded) => loaded.meeting)).toEqual(cold.map((loaded) => loaded.meeting))
      const after = await cacheEntries(root)
      expect(after).toHaveLength(before.length)
      expect(after.filter((file) => before.includes(file))).toEqual([])
    } finally {
      vi.doUnmock('../../src/build/cache-stages.js')
      vi.resetModules()
    }
  })

  it('ignores a corrupt entry and rewrites it', async () => {
    const root = await archive()
    const cold = await readMeetings(root, defaultConfig)
    const [first] = await cacheEntries(root)
    await writeFile(first!, '{"path": 12, trunc')
    const warm = await readMeetings(root, defaultConfig)
    expect(warm.map((loaded) => loaded.meeting)).toEqual(cold.map((loaded) => loaded.meeting))
    expect(JSON.parse(await readFile(first!, 'utf8'))).toHaveProperty('path')
  })

  it('drops the entries of an edited file and of an older parser, keeping what this read used', async () => {
    const root = await archive()
    const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
    await readMeetings(root, defaultConfig)
    const before = await cacheEntries(root)
    const text = await readFile(join(root, path), 'utf8')
    await writeFile(join(root, path), text.replace('title: Stakeholder Meeting on Human Trafficking', 'title: Renamed meeting'))
    // An entry no file of the archive has (as an older parser's would be).
    const orphan = join(root, '.cache', 'parse', 'ab', `${'ab'.repeat(32)}.json`)
    await mkdir(dirname(orphan), {recursive: true})
    await writeFile(orphan, '{}')
    await readMeetings(root, defaultConfig)
    const after = await cacheEntries(root)
    expect(after).toHaveLength(before.length)
    expect(after).not.toContain(orphan)
    expect(after.filter((file) => !before.includes(file))).toHaveLength(1)
    // The files kept beside the edited file's old entry went with it.
    const keys = new Set(after.map((file) => file.split('/').pop()!.slice(0, 64)))
    expect((await cacheFiles(root)).filter((file) => !keys.has(file.split('/').pop()!.slice(0, 64)))).toEqual([])
  })

  it('keeps each meeting\'s API file and Markdown beside its entry, named by every read to link them', async () => {
    const root = await archive()
    const cold = await readMeetings(root, defaultConfig)
    const warm = await readMeetings(root, defaultConfig)
    for (const [run, loaded] of [['cold', cold], ['warm', warm]] as const) {
      const readable = loaded.filter((result) => result.meeting !== undefined)
      expect([run, readable.length > 0]).toEqual([run, true])
      for (const [index, result] of loaded.entries()) {
        if (result.meeting === undefined) continue
        const files = result.cachedFiles!
        const api = meetingJson(result.meeting)
        const markdown = publishedMarkdown(result.meeting)
        expect([run, await readFile(files.api.file, 'utf8'), files.api.size]).toEqual([run, api, Buffer.byteLength(api)])
        expect([run, await readFile(files.markdown.file, 'utf8'), files.markdown.size]).toEqual([run, markdown, Buffer.byteLength(markdown)])
      }
    }
    // The Markdown is in its file only: not in the entry every build reads, nor in what the parse hands the build.
    expect(warm.filter((result) => result.outputs?.markdown !== undefined)).toEqual([])
    expect(cold.filter((result) => result.outputs?.markdown !== undefined)).toEqual([])
  })

  it('keeps the Markdown in the entry, naming no files, when the Markdown\'s file cannot be written', async () => {
    const root = await archive()
    const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
    const made = parseFile({path, bytes: new Uint8Array(await readFile(join(root, path)))}, defaultConfig)
    expect(made.outputs?.markdown).toContain('Svay Rieng')
    const cache = new ParseCache(join(root, '.cache', 'parse'))
    const key = createHash('sha256').update('blocked').digest('hex')
    // A folder where the Markdown's file would go.
    await mkdir(cache.files(key, {...made, files: {api: 0, markdown: 0}})!.markdown.file, {recursive: true})
    await cache.store(key, storedResult(made))
    const entry = cache.get(key)!
    expect(entry.files).toBeUndefined()
    expect(entry.outputs?.markdown).toBe(made.outputs!.markdown)
    expect(cache.files(key, entry)).toBeUndefined()
  })

  it('removes what a dead build left half-written, not what a running one writes', async () => {
    const root = await archive()
    await readMeetings(root, defaultConfig)
    const folder = join(root, '.cache', 'parse', 'cd')
    await mkdir(folder, {recursive: true})
    // No process has the first pid (above Linux's highest); this test's parent process has the second.
    const dead = join(folder, `${'cd'.repeat(32)}.json.4194999.tmp`)
    const running = join(folder, `${'cd'.repeat(32)}.json.${process.ppid}.tmp`)
    await writeFile(dead, '{"path"')
    await writeFile(running, '{"path"')
    await readMeetings(root, defaultConfig)
    const left = await cacheFiles(root)
    expect(left).not.toContain(dead)
    expect(left).toContain(running)
  })

  it('stores nothing half-written: every entry is complete JSON', async () => {
    const root = await archive()
    await readMeetings(root, defaultConfig)
    const cache = new ParseCache(join(root, '.cache', 'parse'))
    for (const file of await cacheEntries(root)) {
      const key = file.split('/').pop()!.replace(/\.json$/, '')
      expect(cache.get(key)).toBeDefined()
    }
  })
})

describe('parallel parse', () => {
  it('gives results identical to the serial path', async () => {
    const compiled = (await import(join(repo, 'dist', 'build', 'parse-pool.js'))) as typeof import('../../src/build/parse-pool.js')
    const files = []
    for (let copy = 0; copy < 6; copy++) {
      for (const path of ['meetings/2007/2007-02-28-stakeholder-meeting.md']) {
        files.push({path: path.replace('.md', `-${copy}.md`), bytes: new Uint8Array(await readFile(join(repo, path)))})
      }
    }
    const many = [...files, ...files, ...files]
    expect(compiled.canUseWorkers()).toBe(true)
    const parallel = await compiled.parseInParallel(many, defaultConfig, 2)
    const serial = compiled.parseSerially(many, defaultConfig)
    expect(parallel).toEqual(serial)
    expect(parallel).toHaveLength(18)
  })

  it('stores each result under its key from the worker that made it', async () => {
    const compiled = (await import(join(repo, 'dist', 'build', 'parse-pool.js'))) as typeof import('../../src/build/parse-pool.js')
    const bytes = new Uint8Array(await readFile(join(repo, 'meetings/2007/2007-02-28-stakeholder-meeting.md')))
    const files = Array.from({length: 20}, (_, copy) => ({
      path: `meetings/2007/2007-02-28-stakeholder-meeting-${copy}.md`,
      bytes,
      cacheKey: createHash('sha256').update(`entry ${copy}`).digest('hex')
    }))
    const root = await archive()
    const folder = join(root, '.cache', 'parse')
    const parallel = await compiled.parseInParallel(files, defaultConfig, 2, folder)
    expect(await cacheEntries(root)).toHaveLength(20)
    const cache = new ParseCache(folder)
    const stored = files.map((file) => cache.get(file.cacheKey))
    // Each entry, and each result handed back, has its Markdown moved to a file kept beside it, with the meeting's API file.
    expect(stored.every((result) => result?.outputs !== undefined && result.outputs.markdown === undefined && result.files !== undefined)).toBe(true)
    expect(parallel).toEqual(stored)
    expect(stored.map((result) => result?.path)).toEqual(files.map((file) => file.path))
    for (const [index, result] of stored.entries()) {
      const kept = cache.files(files[index]!.cacheKey, result!)!
      expect(await readFile(kept.api.file, 'utf8')).toBe(meetingJson(parallel[index]!.meeting!))
      expect(await readFile(kept.markdown.file, 'utf8')).toBe(publishedMarkdown(parallel[index]!.meeting!))
    }
  })
})
