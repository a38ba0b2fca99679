// Process measurement for the benchmark: wall time and the peak RSS of the largest process in a command's tree.
import {spawn} from 'node:child_process'
import {readFile, readdir} from 'node:fs/promises'

/** The child processes of `pid`, from every thread's children list. */
async function children(pid) {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')))
    return lists.join(' ').split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** `pid` and every process below it. */
export async function tree(pid) {
  const all = [pid]
  for (let index = 0; index < all.length; index++) all.push(...(await children(all[index])))
  return all
}

async function peakOf(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /VmHWM:\s+(\d+) kB/.exec(status)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * Runs a command, sampling /proc every 50 ms: VmHWM is each process's own high-water mark, so the
 * largest process's peak is exact as long as it is seen once before it exits.
 */
export function run(command, args, {cwd, env = process.env, quiet = true} = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit'})
    let peak = 0
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const sampler = setInterval(async () => {
      for (const pid of await tree(child.pid)) peak = Math.max(peak, await peakOf(pid))
    }, 50)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(sampler)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`))
      else resolve({seconds, peakRss: peak, output})
    })
  })
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
