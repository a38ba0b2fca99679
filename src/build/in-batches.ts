/**
 * Runs `task` on every item, `size` at a time: the next batch starts once the last one has finished, so no more
 * than `size` tasks (their files, their JSON) are in flight.
 */
export async function inBatches<T>(items: readonly T[], size: number, task: (item: T, index: number) => unknown): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, offset) => task(item, start + offset)))
  }
}
