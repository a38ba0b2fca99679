import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

const repo = join(import.meta.dirname, '..', '..')

function newestSource(): number {
  return Math.max(
    ...readdirSync(join(repo, 'src'), {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.ts'))
      .map((name) => statSync(join(repo, 'src', name)).mtimeMs)
  )
}

/**
 * Compiles src/ to dist/ for tests that run the real CLI (bin/minutebook.js runs dist/). Serialised
 * with a lock and skipped when dist/ is newer than every source, so test files running side by side
 * do not rewrite dist/ under each other's CLI runs. tsc emits even when another file has a type error.
 */
export function compileCli(): void {
  const main = join(repo, 'dist', 'cli', 'main.js')
  const fresh = () => existsSync(main) && statSync(main).mtimeMs > newestSource()
  if (!fresh()) {
    const tsc = join(repo, 'node_modules', '.bin', 'tsc')
    const script = `[ -f "${main}" ] && [ -z "$(find "${join(repo, 'src')}" -name '*.ts' -newer "${main}" -print -quit)" ] || "${tsc}" -p .`
    spawnSync('flock', ['/tmp/minutebook-tsc.lock', 'sh', '-c', script], {cwd: repo, encoding: 'utf8'})
  }
  if (!existsSync(main)) throw new Error('dist/cli/main.js was not compiled')
}

/** Runs the compiled CLI (`bin/minutebook.js`) with `args` in `cwd`: its exit status and what it printed. */
export function runCli(args: string[], cwd: string): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [join(repo, 'bin', 'minutebook.js'), ...args], {cwd, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
