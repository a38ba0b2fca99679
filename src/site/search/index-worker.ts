import {parentPort, workerData} from 'node:worker_threads'
import {ShardWriter, type ShardJob} from './shard-writer.js'

/** What the build sends: a shard to write, or the end of the index. */
export type IndexWorkerMessage = {shard: ShardJob} | {done: true}

/** What the worker answers: it took a shard (send the next), it finished, or it failed. */
export type IndexWorkerReply = {taken: true} | {indexedPages: number} | {error: string}

const {language, cacheDir} = workerData as {language: string; cacheDir?: string}
const writer = new ShardWriter(language, cacheDir)
let queue = Promise.resolve()
let failed = false

let pending = 0

// Messages are handled one after another: a shard is written whole before the next starts. While one is, the
// port does not keep the worker alive: if the Pagefind process dies, nothing is left to wait for, the worker
// ends and the build reports it, instead of waiting for a reply that never comes.
parentPort?.on('message', (message: IndexWorkerMessage) => {
  if (pending++ === 0) parentPort?.unref()
  queue = queue.then(async () => {
    if (failed) return
    try {
      if ('shard' in message) {
        parentPort?.postMessage({taken: true} satisfies IndexWorkerReply)
        await writer.write(message.shard)
      } else {
        parentPort?.postMessage({indexedPages: await writer.finish()} satisfies IndexWorkerReply)
        parentPort?.close()
      }
    } catch (error) {
      failed = true
      parentPort?.postMessage({error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies IndexWorkerReply)
    } finally {
      if (--pending === 0) parentPort?.ref()
    }
  })
})
