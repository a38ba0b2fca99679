import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Config} from '../model/config.js'
import {alive} from '../site/lock.js'
import {cacheEntries} from './cache-entries.js'
import {meetingOutputModules} from '../site/meeting-outputs.js'
import {isSerializedResult, type SerializedResult} from './serialized-result.js'

let parserVersion: Promise<string> | undefined

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile() && /\.(js|ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/**
 * A fingerprint of the parser's own code (model, parse, extract, and the site's per-meeting outputs): any edit to it, released or
 * not, changes every cache key, so the cache can never serve output of older code.
 */
export function currentParserVersion(): Promise<string> {
  parserVersion ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url))
    const hash = createHash('sha256')
    for (const folder of ['model', 'parse', 'extract']) {
      for (const file of await listFiles(join(here, '..', folder))) hash.update(file.slice(here.length)).update(await readFile(file))
    }
    // Cache entries also hold the site's per-meeting outputs, so the code that makes them is part of the version.
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
    for (const module of meetingOutputModules) {
      const file = join(here, '..', 'site', `${module}${extension}`)
      hash.update(file.slice(here.length)).update(await readFile(file))
    }
    return hash.digest('hex')
  })()
  return parserVersion
}

/** The parts of the configuration that change what the parser extracts. */
function parsingConfig(config: Config): unknown {
  return {
    people: config.people,
    organizations: config.organizations,
    recommendationCues: config.recommendationCues,
    privacy: config.privacy
  }
}

/** The cache key of one file: its bytes, its path, the parser's code and the config that affects parsing. */
export async function cacheKey(path: string, bytes: Uint8Array, config: Config): Promise<string> {
  return createHash('sha256')
    .update(await currentParserVersion())
    .update('\0')
    .update(path)
    .update('\0')
    .update(JSON.stringify(parsingConfig(config)))
    .update('\0')
    .update(bytes)
    .digest('hex')
}

/** A content-addressed store of parse results under a folder (`.cache/parse` by default); safe to delete. */
export class ParseCache {
  constructor(readonly folder: string) {}

  private file(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`)
  }

  /** The stored result, or undefined when absent or unreadable (a corrupt entry is ignored, then rewritten). */
  async get(key: string): Promise<SerializedResult | undefined> {
    try {
      const value: unknown = JSON.parse(await readFile(this.file(key), 'utf8'))
      return isSerializedResult(value) ? value : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Stores a result atomically (write aside, then rename), so a crash never leaves half an entry.
   * A cache that cannot be written (read-only checkout, full disk) only costs speed: errors are ignored.
   */
  async set(key: string, result: SerializedResult): Promise<void> {
    const target = this.file(key)
    const temporary = `${target}.${process.pid}.tmp`
    try {
      await mkdir(dirname(target), {recursive: true})
      await writeFile(temporary, JSON.stringify(result))
      await rename(temporary, target)
    } catch {
      await rm(temporary, {force: true}).catch(() => undefined)
    }
  }

  /**
   * Removes the entries of files this build did not read (an edited meeting's old result, every result of an older
   * parser) and the half-written entries of builds that died: otherwise the cache only grows, by a whole archive at
   * each parser change.
   */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    for (const {file, name} of await cacheEntries(this.folder)) {
      const leftover = /^[0-9a-f]{64}\.json\.(\d+)\.tmp$/.exec(name)
      const stale = leftover ? Number(leftover[1]) !== process.pid && !alive(Number(leftover[1])) : /^[0-9a-f]{64}\.json$/.test(name) && !keep.has(name.slice(0, 64))
      if (stale) await rm(file, {force: true}).catch(() => undefined)
    }
  }
}
