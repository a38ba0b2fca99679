#!/usr/bin/env node
// `node bench/peak.mjs <command> [args...]`: runs a command and prints the peak RSS of each of its processes
// (VmHWM from /proc, sampled every 200 ms), largest first: which process of a build is the big one.
import {spawn} from 'node:child_process'
import {readFile, readdir} from 'node:fs/promises'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  process.stderr.write('usage: node bench/peak.mjs <command> [args...]\n')
  process.exit(2)
}
const child = spawn(command, args, {stdio: 'inherit'})
const peaks = new Map()

/** The child processes of `pid`, from every thread's children list. */
async function childrenOf(pid) {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')))
    return lists.join(' ').split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

const timer = setInterval(async () => {
  const all = [child.pid]
  for (let index = 0; index < all.length; index++) all.push(...(await childrenOf(all[index])))
  for (const pid of all) {
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
