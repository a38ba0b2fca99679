#!/usr/bin/env node
// `node bench/compare.mjs --against REF [--meetings N] [--runs R] [--json]`
// Measures this checkout and the commit REF side by side: a clean worktree of REF is made and compiled, then each
// round runs REF's own `bench/run.mjs --runs 1` and this checkout's, alternating so that machine drift falls on
// both alike. Prints the medians of each and this checkout's figures as a share of REF's (1.00 = the same).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {median} from './measure.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({
  options: {against: {type: 'string'}, meetings: {type: 'string', default: '1000'}, runs: {type: 'string', default: '3'}, json: {type: 'boolean', default: false}}
})
if (!values.against) throw new Error('Expected --against REF, the commit to compare with (for example HEAD~1)')
const say = (line) => process.stderr.write(line + '\n')
const git = (...args) => execFileSync('git', ['-C', repo, ...args], {encoding: 'utf8'}).trim()

const figures = ['cold_s', 'warm_s', 'serve_s', 'baseline_s', 'ratio_warm', 'peak_rss_mb', 'first_query_kb', 'page_kb']
// Figures only newer harnesses measure (issue 19's floors): shown for the checkouts that have them.
const newer = ['floor_parse_s', 'ratio_floor', 'baseline_first_query_kb', 'ratio_query', 'largest_page_kb', 'p95_page_kb']

function benchOnce(checkout) {
  const output = execFileSync(process.execPath, [join(checkout, 'bench', 'run.mjs'), '--meetings', values.meetings, '--runs', '1', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26
  })
  return JSON.parse(output.trim().split('\n').at(-1))
}

/** One round of one checkout; a round that fails (a step timed out on a busy machine) is said and run once more. */
function benchRound(name, checkout) {
  try {
    return benchOnce(checkout)
  } catch (error) {
    say(`${name} round failed (${String(error.message).split('\n')[0]}), running it again`)
    return benchOnce(checkout)
  }
}

const commit = git('rev-parse', values.against)
const other = mkdtempSync(join(tmpdir(), 'minutebook-compare-'))
try {
  git('worktree', 'add', '--detach', other, commit)
  symlinkSync(join(repo, 'node_modules'), join(other, 'node_modules'))
  for (const checkout of [other, repo]) execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(checkout, 'tsconfig.json')], {stdio: 'inherit'})
  const rounds = {previous: [], current: []}
  for (let round = 1; round <= Number(values.runs); round++) {
    for (const [name, checkout] of [['previous', other], ['current', repo]]) {
      const result = benchRound(name, checkout)
      rounds[name].push(result)
      say(`round ${round} ${name}: ${figures.map((key) => `${key} ${Number(result[key]).toFixed(2)}`).join(', ')}`)
    }
  }
  const summary = {meetings: Number(values.meetings), runs: Number(values.runs), against: commit, current: git('rev-parse', 'HEAD')}
  for (const key of figures) {
    const previous = median(rounds.previous.map((result) => result[key]).filter((value) => typeof value === 'number'))
    const current = median(rounds.current.map((result) => result[key]).filter((value) => typeof value === 'number'))
    summary[key] = {previous, current, share: current / previous}
    console.log(`${key.padEnd(16)} previous ${previous.toFixed(2).padStart(9)}  current ${current.toFixed(2).padStart(9)}  share ${(current / previous).toFixed(2)}`)
  }
  for (const key of newer) {
    const current = rounds.current.map((result) => result[key]).filter((value) => typeof value === 'number')
    if (current.length === 0) continue
    summary[key] = {current: median(current)}
    console.log(`${key.padEnd(24)} current ${median(current).toFixed(2).padStart(9)}`)
  }
  summary.rounds = rounds
  if (values.json) console.log(JSON.stringify(summary))
} finally {
  if (existsSync(other)) git('worktree', 'remove', '--force', other)
  rmSync(other, {recursive: true, force: true})
}
