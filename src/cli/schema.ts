import {mkdir, writeFile} from 'node:fs/promises'
import {join, relative, resolve} from 'node:path'
import {Command} from 'commander'
import {jsonSchemas} from '../model/json-schemas.js'
import {archiveRootOrHere} from './archive-root.js'

/** Writes `meeting.schema.json`, `minutebook.schema.json` and `meeting-data.schema.json` into `outDir`; returns the paths written, sorted. */
export async function writeSchemas(outDir: string): Promise<string[]> {
  await mkdir(outDir, {recursive: true})
  const files = jsonSchemas()
  const names = (Object.keys(files) as (keyof typeof files)[]).sort()
  const written: string[] = []
  for (const name of names) {
    const path = join(outDir, name)
    await writeFile(path, JSON.stringify(files[name], null, 2) + '\n')
    written.push(path)
  }
  return written
}

/**
 * `minutebook schema [--out DIR]`: JSON Schemas for meeting front matter and `minutebook.yml`, so editors (VS Code's
 * YAML extension) autocomplete keys and underline mistakes, and for the Meeting data of `parse --json` and the JSON
 * API, so integrators can check what they read.
 */
export function schemaCommand(): Command {
  return new Command('schema')
    .description('write JSON Schemas for meeting front matter and minutebook.yml (for editors) and for the Meeting JSON (for integrators)')
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .option('--out <dir>', 'directory to write to (default: schemas/ at the archive root)')
    .action(async (options: {root?: string; out?: string}) => {
      const root = archiveRootOrHere(options.root)
      const outDir = options.out === undefined ? join(root, 'schemas') : resolve(options.out)
      for (const path of await writeSchemas(outDir)) process.stdout.write(`${relative(process.cwd(), path) || path}\n`)
    })
}
