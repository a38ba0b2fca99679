import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {CacheFolder, stageKey, type CacheInput} from './cache.js'
import {pageStage} from './cache-stages.js'
import {linkCached} from './link-cached.js'
import {listFiles} from './write-files.js'
import {ifMissing} from './if-missing.js'
import {pageListNames, type PageList} from '../archive/page-lists.js'

export type {PageList} from '../archive/page-lists.js'

/**
 * Names through which a template could read beyond its own entry: the Archive, the registers' years, the years of the
 * list of all meetings, Eleventy's collections, the page lists, and the pagination's other pages.
 */
const sharedData = new RegExp(`\\b(?:archive|registers|meetingYears|collections|${pageListNames.join('|')})\\b|\\bpagination\\.`)

/** The `.njk` files under `folder`, recursively, as POSIX paths relative to it in code-point order. */
async function templatesUnder(folder: string): Promise<string[]> {
  return (await ifMissing(listFiles(folder), [] as string[])).filter((file) => file.endsWith('.njk'))
}

/** The front-matter line by which a template paginates `list`. */
function paginationLine(list: PageList): RegExp {
  return new RegExp(`^\\s*data:\\s*${list}\\s*$`, 'm')
}

/** The text of `template` without the line by which it paginates `list`, and the includes'; none when it does not paginate `list`. */
async function pagedTexts(siteDir: string, template: string, list: PageList): Promise<string[] | undefined> {
  const text = await ifMissing(readFile(join(siteDir, template), 'utf8'), undefined)
  if (text === undefined || !paginationLine(list).test(text)) return undefined
  const texts = [text.replace(paginationLine(list), '')]
  const includes = join(siteDir, '_includes')
  for (const file of await templatesUnder(includes)) texts.push(await readFile(join(includes, file), 'utf8'))
  return texts
}

/**
 * Whether the pages of `template` depend on nothing but their own entry of `list` and the site settings, so an
 * unchanged page can be reused: the template paginates `list`, and neither it (apart from that line) nor the
 * includes name the Archive, Eleventy's collections, the page lists or the pagination's other pages. A `site/`
 * whose meeting page lists, say, every series renders every meeting page each build.
 */
export async function pagesStandAlone(siteDir: string, template: string, list: PageList): Promise<boolean> {
  const texts = await pagedTexts(siteDir, template, list)
  return texts !== undefined && !texts.some((text) => sharedData.test(text))
}

/**
 * Whether the pages of `template` can be rendered a slice of `list` at a time, each slice in an Eleventy run of its
 * own: the template paginates `list`, and neither it (apart from that line) nor the includes read that list, the
 * pagination's other pages or Eleventy's collections, which would hold only the run's slice. Reading the Archive
 * is fine: every run has all of it.
 */
export async function pagesSliceable(siteDir: string, template: string, list: PageList): Promise<boolean> {
  const texts = await pagedTexts(siteDir, template, list)
  const slicedData = new RegExp(`\\b(?:collections|${list})\\b|\\bpagination\\.`)
  return texts !== undefined && !texts.some((text) => slicedData.test(text))
}

/**
 * What a page is rendered with besides its entry: the site settings the templates see and the site's templates, under
 * the page stage's versions (Eleventy's, and `pageStage.format` for minutebook's filters and plugin: see `cache.ts`).
 */
export async function renderFingerprint(siteDir: string, settings: unknown): Promise<string> {
  const inputs: CacheInput[] = [JSON.stringify(settings)]
  for (const file of await templatesUnder(siteDir)) inputs.push(file, await readFile(join(siteDir, file)))
  return stageKey(pageStage, inputs)
}

/** An entry's file name: the key, the page's size in bytes, and whether the page stays out of the sitemap. */
const entryName = /^([0-9a-f]{64})\.(\d+)(\.noindex)?\.html$/

interface StoredPage {
  file: string
  size: number
  indexable: boolean
}

/**
 * Rendered pages of earlier builds (`.cache/pages`), one file per key of the page's entry and the
 * {@link renderFingerprint}: a warm build re-renders only the meeting, person and organisation pages that would
 * change (the edited meeting, its neighbours in the series, meetings whose people links moved, the people and
 * organisations whose record it changed) and hard-links the others into the output. Entries are written aside
 * and renamed, never edited; one whose size is not the size its name records is rendered again. Safe to delete.
 */
export class PageCache {
  private readonly used = new Set<string>()
  private stored: Map<string, StoredPage> | undefined
  private readonly entries: CacheFolder

  constructor(
    readonly folder: string,
    private readonly fingerprint: string
  ) {
    this.entries = new CacheFolder(folder)
  }

  /** The key of the page of `entry` in the page list `list`. */
  key(list: PageList, entry: unknown): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(list).update('\0').update(JSON.stringify(entry)).digest('hex')
  }

  /** Lists every entry on disk, once per build (a lookup per page would cost a failed open per new page). */
  async load(): Promise<void> {
    const stored = new Map<string, StoredPage>()
    for (const {file, name} of await this.entries.entries()) {
      const match = entryName.exec(name)
      if (match) stored.set(match[1]!, {file, size: Number(match[2]), indexable: match[3] === undefined})
    }
    this.stored = stored
  }

  /**
   * Puts the stored page of `key` at `target` (a hard link, in a folder of its own made here); undefined when there
   * is none or it is damaged, else whether the page belongs in the sitemap. Synchronous on purpose: a page
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
    await this.entries.write(this.entries.path(key, `${Buffer.byteLength(html)}${indexable ? '' : '.noindex'}.html`), html)
  }

  /** Removes the pages this build did not use (the cache holds one entry per page, not one per edit) and dead builds' leftovers. */
  async prune(): Promise<void> {
    await this.entries.prune((key) => this.used.has(key))
  }
}
