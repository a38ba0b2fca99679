import {readFileSync} from 'node:fs'
import type {Config} from '../model/config.js'
import {CacheFolder, stageKey} from './cache.js'
import {parseStage} from './cache-stages.js'
import {meetingJson} from '../render/api.js'
import {isSerializedResult, type CachedFiles, type SerializedResult} from './serialized-result.js'
import {isCacheMiss} from './if-missing.js'

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

/**
 * The cache key of one file: its path, the config that affects parsing and its bytes, under the parse stage's
 * versions (see `cache.ts`: a change to the parser's output bumps `parseStage.format`).
 */
export function cacheKey(path: string, bytes: Uint8Array, config: Config): string {
  return stageKey(parseStage, [path, JSON.stringify(parsingConfig(config)), bytes])
}

/** The files kept beside an entry, by the end of their name. */
const siblings = {api: 'api.json', markdown: 'md'} as const

/** What storing a result writes: the entry, and the files kept beside it. */
export interface StoredResult {
  /**
   * The entry as written, and the result as the build gets it: the Markdown left to its file, whose size it records
   * with the API file's. The build links the file; from the result, every meeting's Markdown would be held until the
   * data files are written (about 200 MB at 16,000 meetings).
   */
  entry: SerializedResult
  /** The meeting's API file and downloadable Markdown, for a readable meeting whose outputs were worked out. */
  files?: {api: string; markdown: string}
}

/**
 * Works out what {@link ParseCache.store} writes for `result`: where the result is made (a parse worker), so the
 * result it hands back already names the files the build may link, and nothing waits for the disk.
 */
export function storedResult(result: SerializedResult): StoredResult {
  if (result.meeting === null || result.outputs?.markdown === undefined) return {entry: result}
  const api = meetingJson(result.meeting)
  const {markdown, ...outputs} = result.outputs
  const files = {api: Buffer.byteLength(api), markdown: Buffer.byteLength(markdown)}
  // The Markdown is in its file only: every warm build reads every entry, and a third of their text was it.
  return {entry: {...result, outputs, files}, files: {api, markdown}}
}

/**
 * A content-addressed store of parse results under a folder (`.cache/parse` by default); safe to delete. Beside the
 * entry of a readable meeting it keeps the meeting's API file and downloadable Markdown, which depend on the parse
 * result alone: a build links them into the site instead of making and writing them again.
 */
export class ParseCache {
  private readonly entries: CacheFolder

  constructor(readonly folder: string) {
    this.entries = new CacheFolder(folder)
  }

  private file(key: string, ending = 'json'): string {
    return this.entries.path(key, ending)
  }

  /**
   * The stored result, or undefined when absent or corrupt (such an entry is ignored, then rewritten); a failing disk throws.
   * Synchronous on purpose: a warm build reads thousands of entries one after another, faster than through the
   * thread pool, holding one entry's text at a time.
   */
  get(key: string): SerializedResult | undefined {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file(key), 'utf8'))
      return isSerializedResult(value) ? value : undefined
    } catch (error) {
      if (isCacheMiss(error)) return undefined
      throw error
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
      if (!((await this.entries.write(this.file(key, siblings.api), api)) && (await this.entries.write(this.file(key, siblings.markdown), markdown)))) {
        // Without its files the entry keeps the Markdown and records none.
        const {files: _, ...whole} = stored.entry
        entry = {...whole, ...(whole.outputs === undefined ? {} : {outputs: {...whole.outputs, markdown}})}
      }
    }
    await this.entries.write(this.file(key), JSON.stringify(entry))
  }

  /**
   * Removes the entries (and the files beside them) of files this build did not read (an edited meeting's old
   * result, every result of an older parser) and the half-written files of builds that died: otherwise the cache
   * only grows, by a whole archive at each parser change.
   */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    await this.entries.prune((key) => keep.has(key))
  }
}
