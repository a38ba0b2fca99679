import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {defaultConfig, type Config} from '../model/config.js'

// Interim loader: replaced by the validated one (zod schema, positions, registry).
/** Loads `minutebook.yml` from the archive root, or the defaults when there is none. */
export async function loadConfig(root: string): Promise<Config> {
  try {
    await readFile(join(root, 'minutebook.yml'), 'utf8')
  } catch {
    return defaultConfig
  }
  return defaultConfig
}
