import {execFileSync} from 'node:child_process'
import {join} from 'node:path'

/**
 * Compiles src/ to dist/ once before any test file runs: CLI and worker tests run the compiled
 * code, and compiling per file would rewrite dist/ under tests running beside it.
 */
export default function setup(): void {
  const repo = join(import.meta.dirname, '..')
  execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', repo], {stdio: 'inherit'})
}
