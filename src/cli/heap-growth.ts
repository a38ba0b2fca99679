import {setFlagsFromString} from 'node:v8'

/**
 * How far V8 lets the heap grow past what a full collection left live before it collects again, in percent, for a
 * build. V8 picks that factor itself, up to 4, and on a build it picks about 3: the 810 MB a 16,000-meeting build
 * holds while it renders became a 2.4 GB heap between collections, and the process peaked at 3.2 GB. At 50 % the
 * same cold build peaked at 2.2 GB; 100 % gave 2.3 GB for as much time (BENCHMARKS.md, "Memory").
 */
export const buildHeapGrowthPercent = 50

/** True when Node's command line (`node --heap-growing-percent=N ...`) set the growth: that choice is the user's. */
function chosenOnCommandLine(execArgv: readonly string[]): boolean {
  return execArgv.some((argument) => /^--heap[-_]growing[-_]percent\b/.test(argument))
}

/** Sets the growth to `percent` (0: V8's own factor), unless Node's command line chose it. */
function setHeapGrowth(percent: number, execArgv: readonly string[]): void {
  if (!chosenOnCommandLine(execArgv)) setFlagsFromString(`--heap-growing-percent=${percent}`)
}

/**
 * Holds this process's heap to {@link buildHeapGrowthPercent} over what is live: more frequent collections, each
 * over a heap that holds less garbage, for a peak that follows what the build holds. For the whole build: set as
 * the render starts, it came too late, the limit V8 had set while the read filled the heap being the peak. The cost
 * is in the collections while the read fills the heap: a warm build of 16,000 meetings took 5 s (11 %) longer, one
 * of 4,000 about as long. Process-wide (worker threads included), so only the CLI sets it, never `buildSite` for a
 * program that imports it. The bench measures what it does (the peak RSS of its builds);
 * `test/cli/heap-growth.test.ts` that this Node's V8 knows the flag.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  setHeapGrowth(buildHeapGrowthPercent, execArgv)
}

/** Gives the heap's growth back to V8 (0: its own factor) after a build, for what the process does next (`serve` waits). */
export function releaseHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  setHeapGrowth(0, execArgv)
}
