import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {readdir, readFile, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Config} from '../model/config.js'
import {alive} from './lock.js'
import {cacheEntries} from './cache-entries.js'
import {writeAtomically} from './write-atomically.js'
import {meetingOutputModules} from '../render/meeting-outputs.js'
import {meetingJson} from '../render/api.js'
import {isSerializedResult, type CachedFiles, type SerializedResult} from './serialized-result.js'

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
    // `diagnostics` too: the parse runs the source rules (see `sourceRules`), whose messages are cached with it.
    for (const folder of ['model', 'parse', 'extract', 'lint', 'text']) {
      for (const file of await listFiles(join(here, '..', folder))) hash.update(file.slice(here.length)).update(await readFile(file))
    }
    // Cache entries also hold the site's per-meeting outputs, so the code that makes them is part of the version.
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
    for (const module of meetingOutputModules) {
      const file = join(here, '..', 'render', `${module}${extension}`)
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
    privacy: config.privacy,
    customFrontMatter: config.customFrontMatter
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

/** The files kept beside an entry, by the end of their name. */
const siblings = {api: 'api.json', markdown: 'md'} as const

/** What storing a result writes: the entry, and the files kept beside it. */
export interface StoredResult {
  /** The result as a build uses it: with its Markdown and, when files are kept beside it, their sizes. */
  result: SerializedResult
  /** The entry as written: the Markdown left to its file. */
  entry: SerializedResult
  /** The meeting's API file and downloadable Markdown, for a readable meeting whose outputs were worked out. */
  files?: {api: string; markdown: string}
}

/**
 * Works out what {@link ParseCache.store} writes for `result`: where the result is made (a parse worker), so the
 * result it hands back already names the files the build may link, and nothing waits for the disk.
 */
export function storedResult(result: SerializedResult): StoredResult {
  if (result.meeting === null || result.outputs?.markdown === undefined) return {result, entry: result}
  const api = meetingJson(result.meeting)
  const {markdown, ...outputs} = result.outputs
  const files = {api: Buffer.byteLength(api), markdown: Buffer.byteLength(markdown)}
  // The Markdown is in its file only: every warm build reads every entry, and a third of their text was it.
  return {result: {...result, files}, entry: {...result, outputs, files}, files: {api, markdown}}
}

/**
 * A content-addressed store of parse results under a folder (`.cache/parse` by default); safe to delete. Beside the
 * entry of a readable meeting it keeps the meeting's API file and downloadable Markdown, which depend on the parse
 * result alone: a build links them into the site instead of making and writing them again.
 */
export class ParseCache {
  constructor(readonly folder: string) {}

  private file(key: string, ending = 'json'): string {
    return join(this.folder, key.slice(0, 2), `${key}.${ending}`)
  }

  /**
   * The stored result, or undefined when absent or unreadable (a corrupt entry is ignored, then rewritten).
   * Synchronous on purpose: a warm build reads thousands of entries one after another, faster than through the
   * thread pool, holding one entry's text at a time.
   */
  get(key: string): SerializedResult | undefined {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file(key), 'utf8'))
      return isSerializedResult(value) ? value : undefined
    } catch {
      return undefined
    }
  }

  /** The files kept beside the entry `result` was read from, with the sizes they had when written. */
  files(key: string, result: SerializedResult): CachedFiles | undefined {
    if (result.files === undefined) return undefined
    return {
      api: {file: this.file(key, siblings.api), size: result.files.api},
      markdown: {file: this.file(key, siblings.markdown), size: result.files.markdown}
    }
  }

  /**
   * Stores a result atomically (write aside, then rename), so a crash never leaves half an entry; the files kept
   * beside it go first, and the entry records them (and leaves the Markdown to its file) only once they are in place.
   * A cache that cannot be written (read-only checkout, full disk) only costs speed: errors are ignored.
   */
  async store(key: string, stored: StoredResult): Promise<void> {
    let entry = stored.entry
    if (stored.files !== undefined) {
      const {api, markdown} = stored.files
      if (!((await writeAtomically(this.file(key, siblings.api), api)) && (await writeAtomically(this.file(key, siblings.markdown), markdown)))) {
        // Without its files the entry keeps the Markdown and records none.
        const {files: _, ...whole} = stored.result
        entry = whole
      }
    }
    await writeAtomically(this.file(key), JSON.stringify(entry))
  }

  /**
   * Removes the entries (and the files beside them) of files this build did not read (an edited meeting's old
   * result, every result of an older parser) and the half-written files of builds that died: otherwise the cache
   * only grows, by a whole archive at each parser change.
   */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    for (const {file, name} of await cacheEntries(this.folder)) {
      const leftover = /^[0-9a-f]{64}\.(?:json|api\.json|md)\.(\d+)\.tmp$/.exec(name)
      const stale = leftover ? Number(leftover[1]) !== process.pid && !alive(Number(leftover[1])) : /^[0-9a-f]{64}\.(?:json|api\.json|md)$/.test(name) && !keep.has(name.slice(0, 64))
      if (stale) await rm(file, {force: true}).catch(() => undefined)
    }
  }
}
