import {describe, expect, it} from 'vitest'
import {inBatches} from '../../src/build/in-batches.js'

describe('inBatches', () => {
  it('runs every item with its index, never more than a batch at once', async () => {
    const seen: Array<[string, number]> = []
    let running = 0
    let most = 0
    const items = Array.from({length: 10}, (_, index) => `item ${index}`)
    await inBatches(items, 4, async (item, index) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5 - (index % 4)))
      seen.push([item, index])
      running--
    })
    expect(most).toBe(4)
    expect(seen.map(([, index]) => index).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(seen.every(([item, index]) => item === `item ${index}`)).toBe(true)
  })

  it('starts a batch only once the one before has finished', async () => {
    const finished: number[] = []
    await inBatches([0, 1, 2, 3, 4], 2, async (value) => {
      expect(finished.length).toBeGreaterThanOrEqual(value - (value % 2))
      await new Promise((resolve) => setTimeout(resolve, value % 2 === 0 ? 8 : 1))
      finished.push(value)
    })
    expect(finished).toHaveLength(5)
  })
})
