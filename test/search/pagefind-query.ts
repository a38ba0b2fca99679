import {readFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import path from 'node:path'
import {bestParts, subResultUrl} from '../../site/assets/search-results.js'
import {serveStatic, type StaticServer} from '../browser/static-server.js'

/**
 * One search hit as the search page shows it: a meeting, landing on its best-matching part (an agenda item,
 * or the top of the page), with that part's title and excerpt, and the other matching parts' URLs.
 */
export interface Hit {
  url: string
  title: string
  /** The meeting's title and date. */
  meeting: string
  excerpt: string
  others: string[]
}

/** A sub-result as Pagefind's runtime returns it. */
interface SubResult {
  title: string
  url: string
  excerpt: string
  anchor?: {id: string}
  locations: number[]
}

/** A result's data as Pagefind's runtime returns it. */
interface ResultData {
  url: string
  meta: Record<string, string>
  excerpt: string
  sub_results: SubResult[]
}

/** A running copy of Pagefind's own browser runtime (the bundle's pagefind.js) over a written index. */
export interface PagefindRuntime {
  search(query: string | null, filters?: Record<string, string | string[]>): Promise<Hit[]>
  filters(): Promise<Record<string, Record<string, number>>>
  close(): Promise<void>
}

interface PagefindModule {
  createInstance(options: {basePath: string; baseUrl: string}): {
    mergeIndex(basePath: string, options: {baseUrl: string}): Promise<void>
    search(query: string | null, options?: {filters?: Record<string, unknown>}): Promise<{
      results: Array<{data(): Promise<ResultData>}>
    }>
    filters(): Promise<Record<string, Record<string, number>>>
    destroy(): Promise<void>
  }
}

/**
 * Loads `<siteDir>/_pagefind/pagefind.js` in Node and points it at the bundle (and its shards) over HTTP, so tests query the
 * index with the same code the browser runs (it needs `fetch`, which Node has; without a Worker it searches
 * on the main thread).
 */
export async function openPagefind(siteDir: string): Promise<PagefindRuntime> {
  const server: StaticServer = await serveStatic(siteDir)
  const module = (await import(pathToFileURL(path.join(siteDir, '_pagefind', 'pagefind.js')).href)) as PagefindModule
  const instance = module.createInstance({basePath: `${server.origin}/_pagefind/`, baseUrl: '/'})
  // As the search page does: the older shards listed in words.json are merged into the main bundle.
  const {shards = []} = JSON.parse(await readFile(path.join(siteDir, '_pagefind', 'words.json'), 'utf8').catch(() => '{}')) as {shards?: string[]}
  for (const shard of shards) await instance.mergeIndex(`${server.origin}/_pagefind/${shard}`, {baseUrl: '/'})
  return {
    async search(query, filters = {}) {
      const response = await instance.search(query, {filters})
      const data = await Promise.all(response.results.map((result) => result.data()))
      return data.map((hit) => {
        const [best, ...others] = bestParts(hit, 4) as SubResult[]
        const meeting = hit.meta['title'] ?? ''
        return {
          url: best ? subResultUrl(hit, best) : hit.url,
          title: best?.anchor ? best.title : meeting,
          meeting,
          excerpt: best?.excerpt ?? hit.excerpt,
          others: others.map((sub) => subResultUrl(hit, sub))
        }
      })
    },
    filters: () => instance.filters(),
    async close() {
      await instance.destroy()
      await server.close()
    }
  }
}
