import {beforeEach, describe, expect, it, vi} from 'vitest'

// The module remembers what was live after its last collection: each test starts from a fresh copy.
let collectGarbageIfGrown: (floor?: number) => boolean
let watchHeap: (intervalMs?: number, floor?: number) => () => void

beforeEach(async () => {
  vi.resetModules()
  ;({collectGarbageIfGrown, watchHeap} = await import('../../src/build/collect-garbage.js'))
})

/** Allocates about `megabytes` of objects and drops them. */
function makeGarbage(megabytes: number): number {
  let kept = 0
  for (let index = 0; index < megabytes * 16; index++) kept += new Array(8192).fill(index).length
  return kept
}

describe('collectGarbageIfGrown', () => {
  it('collects without --expose-gc and frees what the last run dropped', () => {
    expect(typeof (globalThis as {gc?: unknown}).gc === 'function' || process.execArgv.includes('--expose-gc')).toBe(false)
    makeGarbage(64)
    const before = process.memoryUsage().heapUsed
    expect(collectGarbageIfGrown(1)).toBe(true)
    expect(process.memoryUsage().heapUsed).toBeLessThan(before)
  })

  it('leaves a heap that has not grown by half since its last collection', () => {
    expect(collectGarbageIfGrown(1)).toBe(true)
    expect(collectGarbageIfGrown(1)).toBe(false)
  })

  it('leaves a heap under the floor', () => {
    expect(collectGarbageIfGrown(Number.MAX_SAFE_INTEGER)).toBe(false)
  })

  it('collects again once the heap has grown by half', () => {
    expect(collectGarbageIfGrown(1)).toBe(true)
    const live = process.memoryUsage().heapUsed
    // Kept until the check: the heap now holds more than half as much again as was live.
    const held = Array.from({length: Math.ceil(live / 1024 / 64)}, (_, index) => new Array(8192).fill(index))
    expect(collectGarbageIfGrown(1)).toBe(true)
    expect(held.length).toBeGreaterThan(0)
  })

  it('collects on a timer while watching, as the build does between its checkpoints', async () => {
    const stop = watchHeap(5, 1)
    await new Promise((resolve) => setTimeout(resolve, 60))
    stop()
    // The watcher has collected: the heap has not grown by half since, so a check now leaves it.
    expect(collectGarbageIfGrown(1)).toBe(false)
  })
})
