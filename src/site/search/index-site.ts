import {readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type {Archive} from '../../archive/types.js'
import type {Meeting} from '../../model/meeting.js'
import {BundleCache, bundleKey} from './bundle-cache.js'
import {namesFromArchive} from './names.js'
import {searchPages, type SearchPage, type SearchRecordOptions} from './records.js'
import {unspacedWords} from './segment.js'
import {searchShards, type SearchShard} from './shards.js'

/** What the build hands the search index: the meetings it publishes and the site's path prefix. */
export interface SearchIndexInput {
  meetings: Meeting[]
  pathPrefix: string
  /** The site's language (`lang` of minutebook.yml); all pages share it so the search page loads one index. */
  language?: string
  /** The Archive, so the person and organisation filters use the names of the site's pages (aliases merged). */
  archive?: Pick<Archive, 'meetings' | 'people' | 'organizations'>
  /** The plain text of each meeting's items, by slug, when the parse already worked it out. */
  itemTexts?: ReadonlyMap<string, readonly string[]>
  /** Bundles kept from earlier builds (`<root>/.cache/search`): unchanged shards are copied, not indexed again. */
  cacheDir?: string
  /**
   * Meetings per shard ({@link searchShards}; by default sized by the archive), or `false` for one bundle: a
   * search page from an older minutebook, which does not merge shards, would find only the newest.
   */
  shardSize?: number | false
}

/** What {@link writeSearchIndex} did. */
export interface SearchIndexReport {
  /** Pages in the index (one per approved meeting). */
  pages: number
  /** Bundles the index is split into. */
  shards: number
  /** Pages Pagefind indexed in this build: the others came with unchanged shards from the cache. */
  indexedPages: number
}

/** The folder under the output where the Pagefind bundle goes; site/assets/search.js loads it from there. */
export const searchBundleDir = '_pagefind'

/**
 * The file beside the bundle that the search page reads first: the index's Khmer/Thai words, which it aligns
 * queries to, and the other shards' bundles, which it merges.
 */
export const searchWordsFile = 'words.json'

/** Where the other shards' bundles go, under the main one: `_pagefind/shards/<years>/`. */
export const searchShardsDir = 'shards'

/** Throws when Pagefind reports errors: they come from our pages or the binary, never from a meeting's text. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Unexpected Pagefind errors while ${step}: ${errors.map((error) => `\`${error}\``).join(', ')}`)
  }
}

/**
 * Writes the search index for `input.meetings` into `<outDir>/_pagefind/`: one page per meeting, whose agenda
 * items are sub-results landing on their anchors, in shards of whole years ({@link searchShards}). The newest
 * shard is the main bundle, the others sit in `_pagefind/shards/<years>/`; `words.json` beside the main bundle
 * lists them with the index's unspaced-script words. Shards whose pages are unchanged are copied from the cache.
 */
export async function writeSearchIndex(outDir: string, input: SearchIndexInput): Promise<SearchIndexReport> {
  const language = input.language ?? 'en'
  const options: SearchRecordOptions = {
    pathPrefix: input.pathPrefix,
    language,
    ...(input.archive ? {names: namesFromArchive(input.archive)} : {}),
    ...(input.itemTexts === undefined ? {} : {itemTexts: input.itemTexts})
  }
  const approved = input.meetings.filter((meeting) => meeting.status === 'approved')
  const shards: SearchShard[] = input.shardSize === false ? [{name: '', meetings: approved}] : searchShards(approved, input.shardSize)
  // Newest first: the main bundle holds the newest meetings, and Pagefind ranks equal scores in merge order.
  const ordered = shards.length > 0 ? shards.toReversed() : [{name: '', meetings: []}]
  const bundle = path.resolve(outDir, searchBundleDir)
  const cache = input.cacheDir === undefined ? undefined : new BundleCache(input.cacheDir)
  const used = new Set<string>()
  const words = new Set<string>()
  const report: SearchIndexReport = {pages: 0, shards: ordered.length, indexedPages: 0}
  for (const [position, shard] of ordered.entries()) {
    // The main bundle first, while its folder holds nothing else: the cache stores the folder as it is.
    const target = position === 0 ? bundle : path.join(bundle, searchShardsDir, shard.name)
    const pages = searchPages(shard.meetings, options)
    for (const word of unspacedWords(pages.flatMap((page) => page.texts))) words.add(word)
    report.pages += pages.length
    const key = cache ? bundleKey(pages, language) : undefined
    if (cache && key !== undefined) {
      used.add(key)
      if (await cache.restore(key, target)) continue
    }
    await indexBundle(pages, target, language)
    report.indexedPages += pages.length
    if (cache && key !== undefined) await cache.save(key, target)
  }
  await cache?.prune(used)
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const others = ordered.slice(1).map((shard) => `${searchShardsDir}/${shard.name}/`)
  await writeFile(path.join(bundle, searchWordsFile), `${JSON.stringify({words: sorted, shards: others})}\n`)
  return report
}

/**
 * Indexes `pages` with Pagefind into the bundle folder `target`, in a Pagefind process of its own that ends
 * with it: a process indexing every shard would hold them all (7 GB at 16,000 meetings).
 */
async function indexBundle(pages: readonly SearchPage[], target: string, language: string): Promise<void> {
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
    const written = await index.writeFiles({outputPath: target})
    assertNoErrors('writing the bundle', written.errors)
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  await prunePagefindUi(target)
}

/**
 * Removes Pagefind's ready-made UI bundles: the site's search page uses only `pagefind.js`, and those
 * bundles carry their translators' e-mail addresses, which the archive promises never to publish.
 */
async function prunePagefindUi(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (/^pagefind-(?:ui|component-ui|modular-ui)\.(?:js|css)$/.test(name)) await rm(path.join(folder, name), {force: true})
  }
}

/** Pages sent to Pagefind together. */
const batchSize = 64
