import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Archive, PersonBase} from '../../archive/types.js'
import type {Meeting} from '../../model/meeting.js'
import type {IndexWorkerMessage, IndexWorkerReply} from './index-worker.js'
import {namesFromArchive} from '../../render/search-names.js'
import {searchPages, type SearchRecordOptions} from '../../render/search-records.js'
import {BundleCache, bundleKey} from './bundle-cache.js'
import {ShardWriter, type ShardJob} from './shard-writer.js'
import {unspacedWords} from '../../render/segment.js'
import {searchShards, type SearchShard} from './shards.js'

/** What the build hands the search index: the meetings it publishes and the site's path prefix. */
export interface SearchIndexInput {
  meetings: Meeting[]
  pathPrefix: string
  /** The site's language (`lang` of minutebook.yml); all pages share it so the search page loads one index. */
  language?: string
  /** The Archive, so the person and organisation filters use the names of the site's pages (aliases merged). */
  archive?: Pick<Archive, 'meetings' | 'organizations'> & {people: readonly PersonBase[]}
  /**
   * The plain text of each meeting's items, by slug, when the parse already worked it out. Taken: each meeting's
   * entry is deleted once its shard's pages are made, so the texts leave memory while the rest of the build goes on.
   */
  itemTexts?: Map<string, readonly string[]>
  /** Bundles kept from earlier builds (`<root>/.cache/search`): unchanged shards are copied, not indexed again. */
  cacheDir?: string
  /** Slugs of the meetings this build parsed (edited or new): their shards are written first ({@link writingOrder}). */
  parsed?: ReadonlySet<string>
  /**
   * Meetings per shard ({@link searchShards}; by default sized by the archive), or `false` for one bundle.
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

/**
 * The order in which the shards (newest first) are prepared and handed to Pagefind: those holding a meeting this
 * build parsed first, as they are the ones likely to need indexing, which then starts before the main thread has
 * made the other shards' pages; the others after, newest first. The order changes nothing in the output: every
 * shard has a folder of its own, and `words.json` is sorted.
 */
export function writingOrder<T extends SearchShard>(shards: readonly T[], parsed: ReadonlySet<string> = new Set()): T[] {
  const touched = (shard: SearchShard) => shard.meetings.some((meeting) => parsed.has(meeting.slug))
  return [...shards.filter(touched), ...shards.filter((shard) => !touched(shard))]
}

/** Where the shards go, one after another. */
interface ShardSink {
  /** Hands a shard over; resolves when the sink has taken it and the next may be prepared. */
  send(job: ShardJob): Promise<void>
  /** Resolves with the pages Pagefind indexed once every shard is written. */
  finish(): Promise<number>
  /** Stops the work (after a failure). */
  close(): Promise<void>
}

/** Shards written on this thread, one after another: where workers cannot run (the TypeScript sources under test). */
function localSink(language: string, cacheDir: string | undefined): ShardSink {
  const writer = new ShardWriter(language, cacheDir)
  let queue = Promise.resolve()
  return {
    send: (job) => (queue = queue.then(() => writer.write(job))),
    finish: async () => {
      await queue
      return writer.finish()
    },
    close: async () => undefined
  }
}

/**
 * Shards written by a worker thread: the build's main thread is busy rendering with Eleventy, and the hundreds
 * of file and Pagefind round trips of a shard would each wait for it, holding a warm build's search back.
 * The worker answers messages in the order they were sent.
 */
function workerSink(language: string, cacheDir: string | undefined): ShardSink {
  const worker = new Worker(new URL('./index-worker.js', import.meta.url), {workerData: {language, ...(cacheDir === undefined ? {} : {cacheDir})}})
  const waiting: Array<{resolve: (reply: IndexWorkerReply) => void; reject: (error: Error) => void}> = []
  let failure: Error | undefined
  const fail = (error: Error) => {
    failure ??= error
    for (const waiter of waiting.splice(0)) waiter.reject(failure)
  }
  worker.on('message', (reply: IndexWorkerReply) => {
    if ('error' in reply) return fail(new Error(`Unexpected failure while writing the search index: ${reply.error}`))
    waiting.shift()?.resolve(reply)
  })
  worker.on('error', fail)
  worker.on('exit', (code) =>
    fail(new Error(`Unexpected end of the search index before it was written (worker exit code ${code}), expected Pagefind to finish: its process may have died`))
  )
  const ask = (message: IndexWorkerMessage) =>
    new Promise<IndexWorkerReply>((resolve, reject) => {
      if (failure) return reject(failure)
      waiting.push({resolve, reject})
      worker.postMessage(message)
    })
  return {
    async send(shard) {
      await ask({shard})
    },
    async finish() {
      const reply = await ask({done: true})
      return 'indexedPages' in reply ? reply.indexedPages : 0
    },
    async close() {
      await worker.terminate()
    }
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
  // Workers run compiled JavaScript; from the TypeScript sources (tests) the shards are written on this thread.
  const sink = import.meta.url.endsWith('.js') ? workerSink(language, input.cacheDir) : localSink(language, input.cacheDir)
  const words = new Set<string>()
  const report: SearchIndexReport = {pages: 0, shards: ordered.length, indexedPages: 0}
  try {
    // The worker writes a shard while this thread makes the next one's pages. It is given the next only once it
    // has taken this one, so at most one shard's pages wait in memory, unless this one's bundle is in the cache:
    // copying it takes no time, and the shard that must be indexed reaches Pagefind sooner (otherwise a warm
    // build's search starts late, its pages made between the build's other work).
    const targets = ordered.map((shard, position) => ({...shard, target: position === 0 ? bundle : path.join(bundle, searchShardsDir, shard.name)}))
    for (const {meetings, target} of writingOrder(targets, input.parsed)) {
      const pages = searchPages(meetings, options)
      for (const meeting of meetings) input.itemTexts?.delete(meeting.slug)
      for (const word of unspacedWords(pages.flatMap((page) => page.texts))) words.add(word)
      report.pages += pages.length
      const key = cache ? bundleKey(pages, language) : undefined
      const taken = sink.send({target, pages: pages.map(({url, html}) => ({url, html})), ...(key === undefined ? {} : {key})})
      // A failure also comes back from the next send or from `finish`: nothing is lost by not waiting here.
      if (key !== undefined && cache?.holds(key)) taken.catch(() => undefined)
      else await taken
    }
    report.indexedPages = await sink.finish()
  } finally {
    await sink.close()
  }
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const others = ordered.slice(1).map((shard) => `${searchShardsDir}/${shard.name}/`)
  await writeFile(path.join(bundle, searchWordsFile), `${JSON.stringify({words: sorted, shards: others})}\n`)
  return report
}
