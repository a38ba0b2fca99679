import {createHash} from 'node:crypto'
import {readdir, readFile, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {cacheEntries} from '../archive/cache-entries.js'
import {writeAtomically} from '../archive/write-atomically.js'
import type {MeetingEntry} from '../archive/types.js'
import {packageVersion} from './package-version.js'
import {linkCached} from './link-cached.js'
import {listFiles} from './write-files.js'

/** Bumped when what an entry holds changes shape. */
const entryFormat = 1

/** Names through which a template could read beyond its own meeting: the Archive, Eleventy's collections, the page list. */
const sharedData = /\b(?:archive|collections|meetingPages)\b/

/** The `.njk` files under `folder`, recursively, as POSIX paths relative to it in code-point order. */
async function templatesUnder(folder: string): Promise<string[]> {
  return (await listFiles(folder).catch(() => [] as string[])).filter((file) => file.endsWith('.njk'))
}

/**
 * Whether the site's meeting pages depend on nothing but their own {@link MeetingEntry} and the site settings, so
 * an unchanged page can be reused: `meeting.njk` (apart from its pagination over `meetingPages`) and the includes
 * never name the Archive, Eleventy's collections or the page list. A `site/` whose meeting page lists, say, every
 * series renders every meeting page each build.
 */
export async function meetingPagesStandAlone(siteDir: string): Promise<boolean> {
  const template = await readFile(join(siteDir, 'meeting.njk'), 'utf8').catch(() => undefined)
  if (template === undefined) return false
  const texts = [template.replace(/^\s*data:\s*meetingPages\s*$/m, '')]
  const includes = join(siteDir, '_includes')
  for (const file of await templatesUnder(includes)) texts.push(await readFile(join(includes, file), 'utf8'))
  return !texts.some((text) => sharedData.test(text))
}

/**
 * What a meeting page is rendered with besides its entry: the site's templates, minutebook's site code (its
 * filters and plugin), Eleventy's version and the site settings the templates see.
 */
export async function renderFingerprint(siteDir: string, settings: unknown): Promise<string> {
  const hash = createHash('sha256').update(`minutebook page ${entryFormat}\0eleventy ${packageVersion('@11ty/eleventy')}\0${JSON.stringify(settings)}\0`)
  const code = dirname(fileURLToPath(import.meta.url))
  const ownFiles = (await readdir(code)).filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts')).sort()
  for (const name of ownFiles) hash.update(name).update('\0').update(await readFile(join(code, name))).update('\0')
  for (const file of await templatesUnder(siteDir)) hash.update(file).update('\0').update(await readFile(join(siteDir, file))).update('\0')
  return hash.digest('hex')
}

/** An entry's file name: the key, the page's size in bytes, and whether the page stays out of the sitemap. */
const entryName = /^([0-9a-f]{64})\.(\d+)(\.noindex)?\.html$/

interface StoredPage {
  file: string
  size: number
  indexable: boolean
}

/**
 * Rendered meeting pages of earlier builds (`.cache/pages`), one file per key of the page's entry and the
 * {@link renderFingerprint}: a warm build re-renders only the meetings whose page would change (the edited
 * meeting, its neighbours in the series, meetings whose people links moved) and hard-links the others into the
 * output. Entries are written aside and renamed, never edited; one whose size is not the size its name records
 * is rendered again. Safe to delete.
 */
export class PageCache {
  private readonly used = new Set<string>()
  private stored: Map<string, StoredPage> | undefined

  constructor(
    readonly folder: string,
    private readonly fingerprint: string
  ) {}

  /** The key of a meeting's page. */
  key(entry: MeetingEntry): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(JSON.stringify(entry)).digest('hex')
  }

  /** Lists every entry on disk, once per build (a lookup per page would cost a failed open per new page). */
  async load(): Promise<void> {
    const stored = new Map<string, StoredPage>()
    for (const {file, name} of await cacheEntries(this.folder)) {
      const match = entryName.exec(name)
      if (match) stored.set(match[1]!, {file, size: Number(match[2]), indexable: match[3] === undefined})
    }
    this.stored = stored
  }

  /**
   * Puts the stored page of `key` at `target` (a hard link, in a folder of its own made here); undefined when there
   * is none or it is damaged, else whether the page belongs in the sitemap. Synchronous on purpose: a meeting page
   * is a folder, a link and a size check, and thousands of them through the thread pool took three times as long.
   */
  reuse(key: string, target: string): {indexable: boolean} | undefined {
    const page = this.stored?.get(key)
    if (!page || !linkCached(page, target)) return undefined
    this.used.add(key)
    return {indexable: page.indexable}
  }

  /** Stores a page (written aside, then renamed); a cache that cannot be written only costs speed. */
  async set(key: string, html: string, indexable: boolean): Promise<void> {
    this.used.add(key)
    await writeAtomically(join(this.folder, key.slice(0, 2), `${key}.${Buffer.byteLength(html)}${indexable ? '' : '.noindex'}.html`), html)
  }

  /** Removes the pages this build did not use: the cache holds one page per meeting, not one per edit. */
  async prune(): Promise<void> {
    for (const {file, name} of await cacheEntries(this.folder)) {
      const key = entryName.exec(name)?.[1]
      if (key !== undefined && !this.used.has(key)) await rm(file, {force: true}).catch(() => undefined)
    }
  }
}
