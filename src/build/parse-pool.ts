import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Config} from '../model/config.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import {sourceRuleMessages} from '../lint/source-rules.js'
import {inBatches} from './in-batches.js'
import {ParseCache, storedResult} from './parse-cache.js'
import type {ParseJob, ParseReply, ParseWorkerData} from './parse-worker.js'
import {meetingOutputs} from '../render/meeting-outputs.js'
import {serializeResult, type SerializedResult} from './serialized-result.js'

/** One file to parse: its path relative to the archive root and its bytes. */
export interface SourceFile {
  path: string
  bytes: Uint8Array
  /** The parse-cache key to store the result under, when there is a cache. */
  cacheKey?: string
}

/** Results stored together from this thread: enough to keep the disk busy, few enough to bound their JSON in memory. */
const storeBatch = 64

/** Below this many files, starting workers costs more than it saves. */
const parallelThreshold = 16

const workerUrl = new URL('./parse-worker.js', import.meta.url)

/**
 * A parse allocates many short-lived objects; with V8's default young generation a worker spends much of its time in
 * scavenges, and those run on helper threads that compete with the other workers for the cores. A larger young
 * generation lets most of those objects die uncollected; beyond this size it helped no further (BENCHMARKS.md).
 */
const workerLimits = {maxYoungGenerationSizeMb: 96}

/** Workers run compiled JavaScript; from TypeScript sources (tests) parsing stays on this thread. */
export function canUseWorkers(): boolean {
  return import.meta.url.endsWith('.js')
}

/** Parses one file and works out what the site makes from it alone: the job of a worker, or of this thread. */
export function parseFile(file: SourceFile, config: Config): SerializedResult {
  // The renderer's trees spare the outputs parsing each section's HTML back; they go no further than this call.
  const result = parseMeeting(file.bytes, {path: file.path, config, keepItemTrees: true, keepSourceTree: true})
  // What `check` says about the source as written (raw HTML) fails the build too, so it is found here, in the parse.
  if (result.sourceTree) result.messages.push(...sourceRuleMessages(file.path, new TextDecoder().decode(file.bytes), result.sourceTree, config))
  return serializeResult(file.path, result, result.meeting ? meetingOutputs(result.meeting, result.itemTrees) : undefined)
}

/** Parses files on this thread, in order. */
export function parseSerially(files: SourceFile[], config: Config): SerializedResult[] {
  return files.map((file) => parseFile(file, config))
}

/**
 * Parses files on worker threads (one per core by default) and returns results in input
 * order, identical to {@link parseSerially}. Falls back to this thread for small batches; `workers` 1 is one worker
 * thread, so the bench compares one worker with one per core like with like.
 *
 * With `cacheFolder`, each result is stored in the parse cache under its file's `cacheKey` where it was made: a
 * worker writes its own entries while it parses on, so this thread never holds their JSON (writing them all from
 * here after the parse would hold every result's JSON at once, memory that grows with the archive).
 */
export async function parseInParallel(
  files: SourceFile[],
  config: Config,
  workers = availableParallelism(),
  cacheFolder?: string
): Promise<SerializedResult[]> {
  const count = Math.min(workers, Math.ceil(files.length / 4))
  if (count < 1 || files.length < parallelThreshold || !canUseWorkers()) {
    const results = parseSerially(files, config)
    return cacheFolder === undefined ? results : storeResults(new ParseCache(cacheFolder), files, results)
  }

  const results: SerializedResult[] = new Array(files.length)
  let next = 0
  const workerData: ParseWorkerData = cacheFolder === undefined ? {config} : {config, cacheFolder}
  const pool = Array.from({length: count}, () => new Worker(workerUrl, {workerData, resourceLimits: workerLimits}))
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              // Done once the worker's cache entries are written too.
              if (next >= files.length) return worker.postMessage({flush: true})
              const id = next++
              const file = files[id]!
              worker.postMessage({id, path: file.path, bytes: file.bytes, ...(file.cacheKey === undefined ? {} : {cacheKey: file.cacheKey})} satisfies ParseJob)
            }
            worker.on('message', (reply: ParseReply) => {
              if ('flushed' in reply) return resolve()
              if ('error' in reply) {
                reject(new Error(`Parsing \`${files[reply.id]?.path}\` failed in a worker: ${reply.error}`))
                return
              }
              results[reply.id] = JSON.parse(reply.result) as SerializedResult
              send()
            })
            worker.on('error', reject)
            send()
          })
      )
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return results
}

/**
 * Stores the results made on this thread under their files' keys, a batch at a time; returns them as a worker would
 * have, naming the files their entries keep.
 */
async function storeResults(cache: ParseCache, files: readonly SourceFile[], results: readonly SerializedResult[]): Promise<SerializedResult[]> {
  const kept = [...results]
  await inBatches(files, storeBatch, (file, index) => {
    if (file.cacheKey === undefined) return undefined
    const stored = storedResult(results[index]!)
    kept[index] = stored.entry
    return cache.store(file.cacheKey, stored)
  })
  return kept
}
