import {setFlagsFromString} from 'node:v8'

/**
 * How far V8 lets the heap grow past what a full collection left live before it collects again, in percent, for
 * the commands that build a site. V8 picks that factor itself, up to 4, and on a build it picks about 3: the 810 MB
 * a 16,000-meeting build holds while it renders became a 2.4 GB heap between collections, and the process peaked
 * at 3.2 GB. At 50 % the same build peaked at 2.2 GB in the same time (BENCHMARKS.md, "Memory").
 */
export const buildHeapGrowthPercent = 50

/** True when Node's command line (`node --heap-growing-percent=N ...`) set the growth: that choice is the user's. */
function chosenOnCommandLine(execArgv: readonly string[]): boolean {
  return execArgv.some((argument) => /^--heap[-_]growing[-_]percent\b/.test(argument))
}

/**
 * Holds this process's heap to {@link buildHeapGrowthPercent} over what is live: more frequent collections, each
 * over a smaller heap, for a peak that follows what the build holds. Process-wide (worker threads included), so
 * only the CLI sets it, never `buildSite` for a program that imports it. The bench measures what it does (the peak
 * RSS of its builds); `test/cli/heap-growth.test.ts` that this Node's V8 knows the flag.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (!chosenOnCommandLine(execArgv)) setFlagsFromString(`--heap-growing-percent=${buildHeapGrowthPercent}`)
}
