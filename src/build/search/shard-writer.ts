import * as pagefind from 'pagefind'
import {BundleCache, bundleKey, writeBundle, type BundleFile} from './bundle-cache.js'
import type {SearchPage} from '../../render/search-records.js'

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

/** Pages sent to Pagefind together. */
const batchSize = 64

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
    // A batch of pages in flight at a time: awaiting each page would cost a round trip per page, and sending them
    // all at once would hold every page, twice, in the service's send buffer.
    for (let start = 0; start < pages.length; start += batchSize) {
      const batch = pages.slice(start, start + batchSize)
      const added = await Promise.all(batch.map((page) => index.addHTMLFile({url: page.url, content: page.html})))
      added.forEach((result, offset) => assertNoErrors(`adding \`${batch[offset]!.url}\``, result.errors))
    }
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
