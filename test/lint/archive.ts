import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {onTestFinished} from 'vitest'
import {checkArchive} from '../../src/lint/check-archive.js'
import {toDiagnostics, type Diagnostic} from '../../src/lint/diagnostic.js'

/** Writes `files` (archive-relative path -> text) into a new temporary archive and returns its root. */
export async function tempArchive(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'minutebook-check-'))
  onTestFinished(() => rm(root, {recursive: true, force: true}))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), {recursive: true})
    await writeFile(join(root, path), text)
  }
  return root
}

/** Checks a temporary archive made of `files`; paths in the result are archive-relative. */
export async function check(files: Record<string, string>, paths?: string[]): Promise<Diagnostic[]> {
  const root = await tempArchive(files)
  const result = await checkArchive({root, ...(paths === undefined ? {} : {paths: paths.map((path) => join(root, path))})})
  return toDiagnostics(result, root)
}

/** A meeting file: front matter lines, then the body. */
export function meeting(frontMatter: string, body = '## Welcome\n\nThe Chair welcomed everyone.\n'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`
}

/** Only the diagnostics of one rule, as `line:column message` strings. */
export function of(diagnostics: Diagnostic[], rule: string): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.rule === `minutebook:${rule}`)
    .map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message}`)
}
