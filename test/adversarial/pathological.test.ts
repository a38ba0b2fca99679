import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import {beforeAll, describe, expect, it} from 'vitest'

const repo = join(import.meta.dirname, '..', '..')
const head = '---\ntitle: Pathological\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\n'

/** Bound for one parse, generous for a loaded two-core machine; a hang or a blow-up goes far past it. */
const boundMs = 20_000

interface Outcome {
  ok: boolean
  items?: number
  html?: string
  error?: string
}

// The parse runs in a worker that is terminated at the bound, so a runaway parse fails the
// test instead of hanging the suite.
function parseInWorker(body: string): Promise<Outcome> {
  const source = `
    const {parentPort, workerData} = require('node:worker_threads')
    import(workerData.module).then(({parseMeeting}) => {
      try {
        const {meeting} = parseMeeting(workerData.text, {path: 'meetings/2024/2024-01-01-pathological.md'})
        const html = meeting ? meeting.items.map((item) => item.html).join('') : ''
        parentPort.postMessage({ok: true, items: meeting ? meeting.items.length : -1, html: html.slice(0, 100000)})
      } catch (error) {
        parentPort.postMessage({ok: false, error: String(error && error.stack || error)})
      }
    })`
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: {module: join(repo, 'dist', 'parse', 'parse-meeting.js'), text: head + body},
      resourceLimits: {maxOldGenerationSizeMb: 2048}
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

beforeAll(() => {
  execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', repo], {stdio: 'inherit'})
})

describe('pathological input finishes within a bound and stays safe', () => {
  const cases: Array<[string, () => string]> = [
    ['10,000 nested list levels', () => Array.from({length: 10_000}, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')],
    ['10,000 nested block quotes', () => '>'.repeat(10_000) + ' deep'],
    ['pathological emphasis', () => '*a **b '.repeat(20_000) + 'c'],
    ['pathological underscores', () => '_'.repeat(50_000) + 'x' + '_'.repeat(50_000)],
    ['nested links', () => '['.repeat(20_000) + 'text' + '](x)'.repeat(20_000)],
    ['unclosed links and images', () => '![['.repeat(30_000)],
    ['long line of backticks', () => '`'.repeat(100_000)],
    ['a 5 MB meeting', () => Array.from({length: 5_000}, (_, n) => `Ms Kristy Fleming, Project Advisor of UNIAP presented point ${n}. The agenda was adopted.\n\n- item ${n} for the group\n`).join('\n').repeat(3).slice(0, 5 * 1024 * 1024)],
    ['many headings', () => Array.from({length: 20_000}, (_, n) => `## Item ${n}\n\ntext ${n}`).join('\n\n')],
    ['deep inline HTML nesting', () => '<div>'.repeat(20_000) + '<script>alert(1)</script>' + '</div>'.repeat(20_000)]
  ]

  it.each(cases)('%s', async (_name, make) => {
    const outcome = await parseInWorker(make())
    expect(outcome.error).toBeUndefined()
    expect(outcome.ok).toBe(true)
    expect(outcome.items).toBeGreaterThan(0)
    expect(outcome.html).not.toMatch(/<script|javascript:|<!--/i)
  })
})
