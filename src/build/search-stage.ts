import {writeSearchIndex, type SearchIndexInput, type SearchIndexReport} from './search/index-site.js'

/** What the search stage did, and its wall-clock milliseconds. */
export type SearchStageReport = SearchIndexReport & {ms: number}

/**
 * Starts writing the search index into `outDir`: it needs the meetings and the archive, not the pages, so Pagefind
 * builds it in its own process while Eleventy renders, into its own folder of the output. Await the result before
 * the folder is removed or moved; until then a failure does not count as unhandled.
 */
export function startSearchIndex(outDir: string, input: SearchIndexInput): Promise<SearchStageReport> {
  const started = performance.now()
  const searching = writeSearchIndex(outDir, input).then((result) => ({...result, ms: Math.round(performance.now() - started)}))
  searching.catch(() => undefined)
  return searching
}
