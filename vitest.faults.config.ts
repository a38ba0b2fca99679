import {defineConfig} from 'vitest/config'

/** The slow build fault, determinism and scale tests (`npm run test:faults`): one file at a time, long timeouts. */
export default defineConfig({
  test: {
    include: ['test/**/*.faults.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000
  }
})
