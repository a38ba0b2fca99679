import {join} from 'node:path'
import {inBatches} from './in-batches.js'
import type {PageCache, PageList} from './page-cache.js'
import {isIndexable, type WrittenPage} from './write-files.js'

/** The pages of one page list: its entries and where each entry's page goes in the output (the template's permalink). */
export interface ListPages<T> {
  list: PageList
  entries: readonly T[]
  path(entry: T): string
  /** What the page's key is made of, when something smaller than the whole entry stands for it. */
  keyed?(entry: T): unknown
}

/**
 * One build's use of the {@link PageCache}: before anything renders, the page of every unchanged entry is linked
 * into the output and the others are left to Eleventy; each run's pages are then stored under the keys worked out
 * here, so a page is never keyed twice.
 */
export class PageReuse {
  /** Reused pages that belong in the sitemap, as paths in the output. */
  readonly indexableFiles: string[] = []
  /** The key of each page left to render, by its path in the output. */
  private readonly pending = new Map<string, string>()

  constructor(
    private readonly cache: PageCache,
    private readonly outDir: string
  ) {}

  /** Links the cached page of every entry whose page is unchanged; returns the entries left to render. */
  reuse<T>({list, entries, path, keyed = (entry) => entry}: ListPages<T>): T[] {
    const toRender: T[] = []
    for (const entry of entries) {
      const target = path(entry)
      const key = this.cache.key(list, keyed(entry))
      const page = this.cache.reuse(key, join(this.outDir, target))
      if (page === undefined) {
        toRender.push(entry)
        this.pending.set(target, key)
      } else if (page.indexable) {
        this.indexableFiles.push(target)
      }
    }
    return toRender
  }

  /** Stores the pages of a run that were left to render (any other page of the run is not the cache's). */
  async store(pages: readonly WrittenPage[]): Promise<void> {
    await inBatches(pages, 64, (page) => {
      const key = this.pending.get(page.path)
      return key === undefined ? undefined : this.cache.set(key, page.html, isIndexable(page))
    })
  }
}
