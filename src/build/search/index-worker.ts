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
/** Shards being copied from the cache, beside the queue. */
const copying = new Set<Promise<void>>()

let pending = 0

const fail = (error: unknown) => {
  failed = true
  parentPort?.postMessage({error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies IndexWorkerReply)
}

// Messages are answered in the order they come. A shard the cache holds is taken at once and copied beside the
// queue, so the shard Pagefind must index next does not wait for the copy. Any other is taken when the queue reaches
// it: a shard is indexed whole before the next is taken. While work is under way, the port does not keep the worker
// alive: if the Pagefind process dies, nothing is left to wait for, the worker ends and the build reports it, instead
// of waiting for a reply that never comes.
parentPort?.on('message', (message: IndexWorkerMessage) => {
  if (pending++ === 0) parentPort?.unref()
  const settled = () => {
    if (--pending === 0) parentPort?.ref()
  }
  if ('shard' in message && writer.holds(message.shard)) {
    parentPort?.postMessage({taken: true} satisfies IndexWorkerReply)
    const copy: Promise<void> = writer
      .write(message.shard)
      .catch((error: unknown) => {
        if (!failed) fail(error)
      })
      .finally(() => {
        copying.delete(copy)
        settled()
      })
    copying.add(copy)
    return
  }
  queue = queue.then(async () => {
    if (failed) return settled()
    try {
      if ('shard' in message) {
        parentPort?.postMessage({taken: true} satisfies IndexWorkerReply)
        await writer.write(message.shard)
      } else {
        await Promise.all(copying)
        if (failed) return
        parentPort?.postMessage({indexedPages: await writer.finish()} satisfies IndexWorkerReply)
        parentPort?.close()
      }
    } catch (error) {
      fail(error)
    } finally {
      settled()
    }
  })
})
