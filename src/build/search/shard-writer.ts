import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as pagefind from 'pagefind'
import {BundleCache, bundleKey, writeBundle, type BundleFile} from './bundle-cache.js'
import type {SearchPage} from '../../render/search-records.js'
import {writeSiteFiles} from '../write-files.js'

/** One shard for the writer: the folder of its bundle and its pages (the text for `words.json` stays behind). */
export interface ShardJob {
  target: string
  pages: Array<Pick<SearchPage, 'url' | 'html'>>
  /** The pages' {@link bundleKey}, when the sender worked it out already. */
  key?: string
}

/** Throws when Pagefind reports errors: they come from our pages or the binary, never from a meeting's text. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Unexpected Pagefind errors while ${step}: ${errors.map((error) => `\`${error}\``).join(', ')}`)
  }
}

/** Pages sent to Pagefind together, when they go one by one. */
const batchSize = 64

/** A URL segment Pagefind gives back as `encodeURIComponent` does: letters, marks, digits and `-_.~`. */
const plainSegment = /^[\p{L}\p{M}\p{N}_.~-]+$/u

/**
 * The file whose path Pagefind turns back into `url` (`/minutes/meetings/x/` -> `minutes/meetings/x/index.html`),
 * or undefined when its URL could come back spelled otherwise (a space in the path prefix, say).
 */
export function pageFile(url: string): string | undefined {
  if (!url.startsWith('/') || !url.endsWith('/')) return undefined
  const segments = url.slice(1, -1).split('/').filter((segment) => segment !== '')
  const decoded: string[] = []
  for (const segment of segments) {
    let plain: string
    try {
      plain = decodeURIComponent(segment)
    } catch {
      return undefined
    }
    if (!plainSegment.test(plain) || plain === '.' || plain === '..' || encodeURIComponent(plain) !== segment) return undefined
    decoded.push(plain)
  }
  return [...decoded, 'index.html'].join('/')
}

/**
 * Hands `pages` to Pagefind. Written to a folder of their own and added with `addDirectory` when every URL
 * survives the round trip through a file path ({@link pageFile}): Pagefind then reads and parses them on all its
 * threads, in half the time of adding them one by one on its service's one thread, and numbers them in path
 * order, whatever order they were written in. Otherwise one by one, a batch in flight at a time: awaiting each page
 * would cost a round trip per page, and sending them all at once would hold every page, twice, in the service's send
 * buffer.
 */
async function addPages(index: pagefind.PagefindIndex, pages: ShardJob['pages']): Promise<void> {
  const files = pages.map((page) => pageFile(page.url))
  if (files.every((file) => file !== undefined)) {
    const folder = await mkdtemp(join(tmpdir(), 'minutebook-search-'))
    try {
      await writeSiteFiles(folder, pages.map((page, position) => [files[position]!, page.html] as const))
      const added = await index.addDirectory({path: folder})
      assertNoErrors('adding the pages', added.errors)
      if (added.page_count !== pages.length) {
        throw new Error(`Unexpected count of pages in the search index: ${added.page_count}, expected ${pages.length}`)
      }
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
    return
  }
  for (let start = 0; start < pages.length; start += batchSize) {
    const batch = pages.slice(start, start + batchSize)
    const added = await Promise.all(batch.map((page) => index.addHTMLFile({url: page.url, content: page.html})))
    added.forEach((result, offset) => assertNoErrors(`adding \`${batch[offset]!.url}\``, result.errors))
  }
}

/**
 * Indexes `pages` with Pagefind and returns the bundle's files, in a Pagefind process of its own that ends with
 * it: a process indexing every shard would hold them all, its memory growing with the archive. Pagefind's
 * ready-made UI bundles are left out: the search page uses only `pagefind.js`, and they carry their translators'
 * e-mail addresses, which the archive promises never to publish.
 */
async function indexBundle(pages: ShardJob['pages'], language: string): Promise<BundleFile[]> {
  // One forced language: Pagefind would otherwise split a Khmer meeting into an index the page never loads.
  const created = await pagefind.createIndex({forceLanguage: language})
  assertNoErrors('creating the index', created.errors)
  const index = created.index
  if (!index) throw new Error('Unexpected missing Pagefind index, expected one from `createIndex`')
  try {
    await addPages(index, pages)
    // The files themselves rather than `writeFiles`, which is markedly slower at writing them.
    const bundle = await index.getFiles()
    assertNoErrors('making the bundle', bundle.errors)
    return bundle.files.filter((file) => !/^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$/.test(file.path))
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}

/**
 * Writes shard bundles one after another: an unchanged shard's from the cache, the others indexed by Pagefind
 * (and stored in the cache). {@link finish} then drops the cache entries no shard of this build used.
 */
export class ShardWriter {
  private readonly cache: BundleCache | undefined
  private readonly used = new Set<string>()
  /** Pages Pagefind indexed so far (the others came from the cache). */
  indexedPages = 0
  /** The shard Pagefind is indexing, if any: the next waits for it. */
  private indexing: Promise<void> = Promise.resolve()

  constructor(
    private readonly language: string,
    cacheDir?: string
  ) {
    this.cache = cacheDir === undefined ? undefined : new BundleCache(cacheDir)
  }

  /** Whether the cache seems to hold the job's bundle (a hint: {@link write} checks the entry's files). */
  holds(job: ShardJob): boolean {
    return this.cache !== undefined && job.key !== undefined && this.cache.holds(job.key)
  }

  /**
   * Writes a shard's bundle: from the cache when it holds it, else indexed by Pagefind, one shard at a time
   * (each Pagefind process holds its whole shard), so shards copied from the cache may be written beside it.
   */
  async write(job: ShardJob): Promise<void> {
    const key = this.cache ? (job.key ?? bundleKey(job.pages, this.language)) : undefined
    if (this.cache && key !== undefined) {
      this.used.add(key)
      if (await this.cache.restore(key, job.target)) return
    }
    const run = this.indexing.then(async () => {
      const files = await indexBundle(job.pages, this.language)
      await writeBundle(files, job.target)
      this.indexedPages += job.pages.length
      if (this.cache && key !== undefined) await this.cache.save(key, files, job.target)
    })
    this.indexing = run.catch(() => undefined)
    await run
  }

  async finish(): Promise<number> {
    await this.cache?.prune(this.used)
    return this.indexedPages
  }
}
