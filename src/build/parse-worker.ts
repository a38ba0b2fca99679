import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../model/config.js'
import {ParseCache, storedResult} from './parse-cache.js'
import {parseFile} from './parse-pool.js'

/** What a parse worker starts with: the configuration, and the parse cache's folder when results are stored. */
export interface ParseWorkerData {
  config: Config
  cacheFolder?: string
}

/** A parse job sent to a worker: a file's archive-relative path, its bytes, and the key to store the result under. */
export interface ParseJob {
  id: number
  path: string
  bytes: Uint8Array
  cacheKey?: string
}

/**
 * What a worker posts back: a job's result as JSON text, or why it failed, or that its cache entries are written.
 * As text because a cloned string keeps the representation it had here, and much of a meeting's ASCII text is held
 * in two bytes a character on this side of the parse; `JSON.parse` gives one-byte strings where it can. Measured
 * on 1,000 generated meetings: 46 MB of strings held after the read, against 56 MB cloned.
 */
export type ParseReply = {id: number; result: string} | {id: number; error: string} | {flushed: true}

const {config, cacheFolder} = workerData as ParseWorkerData
const cache = cacheFolder === undefined ? undefined : new ParseCache(cacheFolder)

/** Cache entries being written: a job's result goes back before its entry is on disk. */
const writes = new Set<Promise<void>>()

// One job at a time: the next comes once this one's result is posted. `flush` comes last, after every job.
parentPort?.on('message', async (job: ParseJob | {flush: true}) => {
  if ('flush' in job) {
    await Promise.all(writes)
    parentPort?.postMessage({flushed: true} satisfies ParseReply)
    return
  }
  try {
    const result = parseFile({path: job.path, bytes: job.bytes}, config)
    const stored = cache && job.cacheKey !== undefined ? storedResult(result) : undefined
    // The result names the files its entry keeps (the API file and Markdown): on disk once the worker has flushed.
    parentPort?.postMessage({id: job.id, result: JSON.stringify(stored?.entry ?? result)} satisfies ParseReply)
    if (cache && stored && job.cacheKey !== undefined) {
      const write = cache.store(job.cacheKey, stored).finally(() => writes.delete(write))
      writes.add(write)
    }
  } catch (error) {
    parentPort?.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies ParseReply)
  }
})
