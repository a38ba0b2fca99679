import {pathToFileURL} from 'node:url'
import path from 'node:path'
import {serveStatic, type StaticServer} from '../browser/static-server.js'

/** One search hit as a reader sees it: where it lands and the excerpt with the matched words marked. */
export interface Hit {
  url: string
  title: string
  excerpt: string
}

/** A running copy of Pagefind's own browser runtime (the bundle's pagefind.js) over a written index. */
export interface PagefindRuntime {
  search(query: string | null, filters?: Record<string, string | string[]>): Promise<Hit[]>
  filters(): Promise<Record<string, Record<string, number>>>
  close(): Promise<void>
}

interface PagefindModule {
  createInstance(options: {basePath: string; baseUrl: string}): {
    search(query: string | null, options?: {filters?: Record<string, unknown>}): Promise<{
      results: Array<{data(): Promise<{url: string; meta: Record<string, string>; excerpt: string}>}>
    }>
    filters(): Promise<Record<string, Record<string, number>>>
    destroy(): Promise<void>
  }
}

/**
 * Loads `<siteDir>/_pagefind/pagefind.js` in Node and points it at the bundle over HTTP, so tests query the
 * index with the same code the browser runs (it needs `fetch`, which Node has; without a Worker it searches
 * on the main thread).
 */
export async function openPagefind(siteDir: string): Promise<PagefindRuntime> {
  const server: StaticServer = await serveStatic(siteDir)
  const module = (await import(pathToFileURL(path.join(siteDir, '_pagefind', 'pagefind.js')).href)) as PagefindModule
  const instance = module.createInstance({basePath: `${server.origin}/_pagefind/`, baseUrl: '/'})
  return {
    async search(query, filters = {}) {
      const response = await instance.search(query, {filters})
      const data = await Promise.all(response.results.map((result) => result.data()))
      return data.map((hit) => ({url: hit.url, title: hit.meta['title'] ?? '', excerpt: hit.excerpt}))
    },
    filters: () => instance.filters(),
    async close() {
      await instance.destroy()
      await server.close()
    }
  }
}
