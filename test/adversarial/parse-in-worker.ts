import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'

/** The repository root. */
export const repo = join(import.meta.dirname, '..', '..')

/**
 * Bound for one parse in a worker: 60 s, generous for a loaded 2-core CI runner (the slowest case here,
 * a meeting at the 512 KiB limit, takes about 5 s alone); a hang or a blow-up goes far past it.
 */
export const boundMs = 60_000

/** What a parse in the worker gave: its messages as `line:column reason [rule]` and the meeting's shape. */
export interface Outcome {
  ok: boolean
  messages: string[]
  items?: number
  html?: string
  error?: string
}

/** The {@link Outcome} message of a paragraph at `place` (`line:column`) refused as too complex to parse. */
export const tooComplex = (place: string, lines: string, markers: number) =>
  `${place} Unexpected paragraph too complex to parse (${lines}, ${markers} emphasis, link, code or HTML markers), expected fewer in one paragraph and in the meeting; split it with blank lines, or split the meeting [too-complex]`

/** The {@link Outcome} message of a meeting refused for passing the cost bound by `line`. */
export const tooCostly = (line: number) =>
  `${line}:1 Unexpected meeting too complex to parse (more than 50000 cost units by line ${line}, counting lines, list items, quotes, headings, table cells, links and inline markers), expected less; split it into several meetings [too-complex]`

/**
 * Compiles the sources to dist/, which the worker imports. For the faults suite (vitest.faults.config.ts), which
 * has no global setup: in the main suite test/global-setup.ts has compiled dist/ once, and compiling again from a
 * test file would rewrite it under the CLI and worker tests running beside it.
 */
export function compile(): void {
  execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', repo], {stdio: 'inherit'})
}

// The parse runs in a worker that is terminated at the bound, so a runaway parse fails the
// test instead of hanging the suite; a stack overflow comes back as an error, not a crash.
const source = `
  const {parentPort, workerData} = require('node:worker_threads')
  Promise.all([import(workerData.module), import(workerData.configModule)]).then(([{parseMeeting}, {parseConfig}]) => {
    try {
      const config = workerData.config === undefined ? undefined : parseConfig(workerData.config, 'minutebook.yml').config
      if (workerData.config !== undefined && config === undefined) throw new Error('invalid minutebook.yml')
      const {meeting, messages} = parseMeeting(workerData.text, {path: 'meetings/2024/2024-01-01-pathological.md', ...(config ? {config} : {})})
      parentPort.postMessage({
        ok: true,
        messages: messages.map((m) => m.line + ':' + m.column + ' ' + m.reason + ' [' + m.ruleId + ']'),
        items: meeting ? meeting.items.length : undefined,
        html: meeting ? meeting.items.map((item) => item.html).join('\\n') : undefined
      })
    } catch (error) {
      parentPort.postMessage({ok: false, messages: [], error: String((error && error.stack) || error)})
    }
  })`

/** Options of {@link parseInWorker}. */
export interface WorkerOptions {
  /** The text of a `minutebook.yml` to parse with (its registry, privacy switches). */
  config?: string
  /** Largest old-generation heap of the worker, in MB (2048 by default): a parse needing more fails. */
  heapMb?: number
}

/** Parses `text` with dist/'s parseMeeting in a worker; rejects when it takes longer than {@link boundMs}. */
export function parseInWorker(text: string | Uint8Array, options: WorkerOptions = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: {
        module: join(repo, 'dist', 'extract', 'parse-meeting.js'),
        configModule: join(repo, 'dist', 'parse', 'config.js'),
        text,
        ...(options.config === undefined ? {} : {config: options.config})
      },
      resourceLimits: {maxOldGenerationSizeMb: options.heapMb ?? 2048}
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new Error(`parse did not finish within ${boundMs} ms`))
    }, boundMs)
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(outcome)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
