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

const {config, cacheFolder} = workerData as ParseWorkerData
const cache = cacheFolder === undefined ? undefined : new ParseCache(cacheFolder)

/** Cache entries being written: a job's result goes back before its entry is on disk. */
const writes = new Set<Promise<void>>()

// One job at a time: the next comes once this one's result is posted. `flush` comes last, after every job.
parentPort?.on('message', async (job: ParseJob | {flush: true}) => {
  if ('flush' in job) {
    await Promise.all(writes)
    parentPort?.postMessage({flushed: true})
    return
  }
  try {
    const result = parseFile({path: job.path, bytes: job.bytes}, config)
    const stored = cache && job.cacheKey !== undefined ? storedResult(result) : undefined
    // The result names the files its entry keeps (the API file and Markdown): on disk once the worker has flushed.
    parentPort?.postMessage({id: job.id, result: stored?.result ?? result})
    if (cache && stored && job.cacheKey !== undefined) {
      const write = cache.store(job.cacheKey, stored).finally(() => writes.delete(write))
      writes.add(write)
    }
  } catch (error) {
    parentPort?.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
