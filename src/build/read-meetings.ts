import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {listMeetingFiles} from '../archive/meeting-files.js'
import type {Config} from '../model/config.js'
import {ParseCache, cacheKey} from './parse-cache.js'
import {parseInParallel, type SourceFile} from './parse-pool.js'
import {deserializeResult, type LoadedMeeting, type SerializedResult} from './serialized-result.js'
import {StringPool} from './string-pool.js'

/** How {@link readMeetings} may reuse and spread work. */
export interface ReadOptions {
  /** Use the parse cache in `<root>/.cache/parse` (default true). */
  cache?: boolean
  /** Worker threads for a cold parse (default: one per core). */
  workers?: number
}

/** Files read synchronously between two turns of the event loop. */
const readBatch = 64

/** Lets the event loop run what waits (a request to `serve`, a timer) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** The result of a meeting file that could not be read: one fatal message on it, no meeting. */
function unreadable(path: string, error: unknown): SerializedResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
  return {
    path,
    meeting: null,
    messages: [
      {
        reason: `Unexpected meeting file that cannot be read (${code}), expected a readable file; check its permissions`,
        line: 1,
        column: 1,
        endLine: null,
        endColumn: null,
        ruleId: 'unreadable',
        source: 'minutebook',
        fatal: true
      }
    ]
  }
}

/**
 * Reads and parses every meeting of an archive: cached results for unchanged files,
 * a parallel parse for the rest. Results come in path order whatever ran where. The cache is left holding the
 * results of these files only.
 */
export async function readMeetings(root: string, config: Config, options: ReadOptions = {}): Promise<LoadedMeeting[]> {
  const paths = await listMeetingFiles(root)
  const cache = options.cache === false ? undefined : new ParseCache(join(root, '.cache', 'parse'))
  const files: SourceFile[] = []
  const results: Array<SerializedResult | undefined> = []
  // Each file and its cache entry read synchronously: thousands of small reads queue behind each other in the
  // thread pool, and wait longer there than they take. A batch at a time, so `serve`, which builds in the process
  // that serves the site, still answers between batches.
  for (const [index, path] of paths.entries()) {
    if (index % readBatch === readBatch - 1) await nextTurn()
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(readFileSync(join(root, path)))
    } catch (error) {
      // A meeting that cannot be read is that meeting's error, placed on it: it used to escape as "cannot write the site".
      files.push({path, bytes: new Uint8Array()})
      results.push(unreadable(path, error))
      continue
    }
    const file: SourceFile = {path, bytes}
    files.push(file)
    if (cache) file.cacheKey = cacheKey(path, file.bytes, config)
    results.push(file.cacheKey === undefined ? undefined : cache?.get(file.cacheKey))
  }

  const missing = files.map((_, index) => index).filter((index) => results[index] === undefined)
  const parsed = await parseInParallel(
    missing.map((index) => files[index]!),
    config,
    options.workers,
    cache?.folder
  )
  missing.forEach((index, position) => {
    results[index] = parsed[position]
  })
  await cache?.prune(new Set(files.flatMap((file) => (file.cacheKey === undefined ? [] : [file.cacheKey]))))
  const parsedNow = new Set(missing)
  const pool = new StringPool()
  return results.map((result, index) => {
    const key = files[index]!.cacheKey
    // In place: each result is this read's own, fresh from the cache or a worker.
    pool.share(result!.meeting)
    const cachedFiles = cache && key !== undefined ? cache.files(key, result!) : undefined
    return {
      ...deserializeResult(result!),
      ...(cachedFiles === undefined ? {} : {cachedFiles}),
      ...(key === undefined ? {} : {parseKey: key}),
      parsed: parsedNow.has(index)
    }
  })
}
