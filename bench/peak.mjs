#!/usr/bin/env node
// `node bench/peak.mjs <command> [args...]`: runs a command and prints the peak RSS of each of its processes
// (VmHWM from /proc, sampled every 200 ms), largest first: which process of a build is the big one.
import {spawn} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {tree} from './measure.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  process.stderr.write('usage: node bench/peak.mjs <command> [args...]\n')
  process.exit(2)
}
const child = spawn(command, args, {stdio: 'inherit'})
const peaks = new Map()

const timer = setInterval(async () => {
  for (const pid of await tree(child.pid)) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      const key = `${/Name:\s*(\S+)/.exec(status)?.[1]} (pid ${pid})`
      peaks.set(key, Math.max(peaks.get(key) ?? 0, Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? 0)))
    } catch {}
  }
}, 200)

const started = Date.now()
child.on('exit', (code) => {
  clearInterval(timer)
  process.stderr.write(`exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s; peak RSS per process:\n`)
  for (const [name, kib] of [...peaks].sort((a, b) => b[1] - a[1]).slice(0, 6)) process.stderr.write(`  ${(kib / 1024).toFixed(0)} MiB  ${name}\n`)
  process.exitCode = code ?? 1
})
