import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

let collect: (() => void) | undefined

/** V8's full collection: `globalThis.gc` when Node runs with `--expose-gc`, otherwise exposed the way Jest does. */
function fullCollection(): () => void {
  if (collect) return collect
  const exposed = (globalThis as {gc?: () => void}).gc
  if (exposed) return (collect = exposed)
  setFlagsFromString('--expose-gc')
  return (collect = runInNewContext('gc') as () => void)
}

/** Heap used after the last collection this module made: what was live then. */
let liveAfterLast = 0

/**
 * Collects garbage when the heap holds more than `floor` bytes and has grown by half since the last collection made
 * here. Between the Eleventy runs of a large archive the run before is garbage, but V8 lets the heap grow towards
 * its limit before it collects hard, so a large archive's build would hold several times its live data. Returns
 * whether it collected.
 */
export function collectGarbageIfGrown(floor = 512 * 1024 * 1024): boolean {
  const used = process.memoryUsage().heapUsed
  if (used < floor || used < 1.5 * liveAfterLast) return false
  fullCollection()()
  liveAfterLast = process.memoryUsage().heapUsed
  return true
}

/**
 * Checks the heap every `intervalMs` and collects as {@link collectGarbageIfGrown} does, until the returned function
 * is called: between the checkpoints a build has, writing a large archive's data files alone grows the heap by
 * strings already written.
 */
export function watchHeap(intervalMs = 1000, floor?: number): () => void {
  const timer = setInterval(() => collectGarbageIfGrown(floor), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
