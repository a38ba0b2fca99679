/**
 * The build's caches (`.cache/parse`, `.cache/pages`, `.cache/search`): one way to name an entry and one way to
 * write and prune entries.
 *
 * The contract. Each cached stage declares, in `cache-stages.ts`, what its output depends on: a format version, the
 * libraries whose code it runs, the data its key hashes, and the code it runs (its entry modules and the `src/`
 * folders and files that code may reach). An entry's key hashes the stage's name, its format version, minutebook's
 * own version (package.json), the versions of its libraries and its data, and nothing else: the tool's source is
 * never hashed at run time. So **when you change code a stage covers in a way that changes its output, bump that
 * stage's `format`**; a release bumps every stage at once through the package version. `test/build/cache-inputs.test.ts`
 * walks the imports from each stage's entry modules and fails on a module, or a library, the stage does not
 * declare: a new import is declared (and its changes are then the stage's to version) instead of going stale silently.
 */
import {createHash, type Hash} from 'node:crypto'
import {mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {alive} from './lock.js'
import {ownVersion, packageVersion} from './package-version.js'
import {ifMissing} from './if-missing.js'

/** A cached stage of the build: what an entry of its cache depends on besides the data of its key. */
export interface CacheStage {
  /** Names the stage in its keys, so two stages never share one. */
  name: string
  /** Bumped when code the stage covers (see {@link code}) changes what it makes, or what an entry holds changes shape. */
  format: number
  /** Packages whose code the stage runs: their installed versions are part of every key. */
  libraries: readonly string[]
  /** What the stage's keys hash besides the above, in words: the data a caller passes to {@link stageKey}. */
  inputs: readonly string[]
  /**
   * The code the stage runs, for `test/build/cache-inputs.test.ts`: its entry modules, and the folders and files (paths
   * from the package root) its format version covers. Every module reached from an entry must be covered.
   */
  code: {entries: readonly string[]; covers: readonly string[]}
}

/** A piece of data a key hashes. */
export type CacheInput = string | Uint8Array

/** Where the versions in a key come from: the installed ones unless a test says otherwise. */
export interface Versions {
  /** minutebook's own version. */
  minutebook: () => string
  /** The installed version of a library. */
  library: (name: string) => string
}

/** The versions installed: minutebook's from its package.json (two folders above this module, in `src/` or `dist/`). */
export const installedVersions: Versions = {
  minutebook: ownVersion,
  library: packageVersion
}

const fingerprints = new Map<CacheStage, string>()

/** What every key of `stage` starts from: its name, its format, minutebook's version and its libraries' versions. */
function stageFingerprint(stage: CacheStage, versions: Versions): string {
  const libraries = stage.libraries.map((name) => `${name}@${versions.library(name)}`).sort()
  return JSON.stringify({stage: stage.name, format: stage.format, minutebook: versions.minutebook(), libraries})
}

/** A hash that has taken in `stage`'s fingerprint, for keys whose data comes piece by piece (one per page, say). */
export function stageHash(stage: CacheStage, versions = installedVersions): Hash {
  let fingerprint = versions === installedVersions ? fingerprints.get(stage) : undefined
  if (fingerprint === undefined) {
    fingerprint = stageFingerprint(stage, versions)
    if (versions === installedVersions) fingerprints.set(stage, fingerprint)
  }
  return createHash('sha256').update(fingerprint).update('\0')
}

/** The key of an entry of `stage` made from `inputs` (each followed by a NUL, so their bounds count too). */
export function stageKey(stage: CacheStage, inputs: readonly CacheInput[], versions = installedVersions): string {
  const hash = stageHash(stage, versions)
  for (const input of inputs) hash.update(input).update('\0')
  return hash.digest('hex')
}

/** How a cache's entries lie in its folder. */
export type CacheLayout = 'sharded' | 'flat'

/** A cache entry's name: its key, then optionally a dot and anything else (`<key>.json`, `<key>.1234.html`). */
const entryName = /^([0-9a-f]{64})(?:\.|$)/

/** A file or folder being written by process `<pid>`: `<entry name>.<pid>.tmp`. */
const asideName = /^[0-9a-f]{64}(?:\..*)?\.(\d+)\.tmp$/

/**
 * The folder of one cache. Entries are named by their key: `sharded`, in folders named for the key's first two hex
 * digits (`<folder>/ab/ab12….json`), for caches of thousands of entries; `flat`, in the folder itself. Each entry
 * is written aside as `<name>.<pid>.tmp`, then renamed into place, so a crash never leaves half of one; anything
 * else in the folder is left alone. A cache that cannot be written (read-only checkout, full disk) only costs speed.
 */
export class CacheFolder {
  constructor(
    readonly folder: string,
    readonly layout: CacheLayout = 'sharded'
  ) {}

  /** Where the entry `key` (`.<ending>` added when given) lies. */
  path(key: string, ending?: string): string {
    const name = ending === undefined ? key : `${key}.${ending}`
    return this.layout === 'sharded' ? join(this.folder, key.slice(0, 2), name) : join(this.folder, name)
  }

  /** Where this process puts an entry aside while it writes it. */
  aside(path: string): string {
    return `${path}.${process.pid}.tmp`
  }

  /** Writes `content` aside, then renames it to `path`; false (and nothing left behind) when it cannot. */
  async write(path: string, content: string | Uint8Array): Promise<boolean> {
    const temporary = this.aside(path)
    try {
      await mkdir(dirname(path), {recursive: true})
      await writeFile(temporary, content)
      await rename(temporary, path)
      return true
    } catch {
      await rm(temporary, {force: true}).catch(() => undefined)
      return false
    }
  }

  /** Every entry and leftover in the folder: its path and name. A missing folder has none. */
  async entries(): Promise<Array<{file: string; name: string}>> {
    const list = async (folder: string) => (await ifMissing(readdir(folder), [] as string[])).map((name) => ({file: join(folder, name), name}))
    if (this.layout === 'flat') return list(this.folder)
    const entries: Array<{file: string; name: string}> = []
    for (const {file, name} of await list(this.folder)) if (/^[0-9a-f]{2}$/.test(name)) entries.push(...(await list(file)))
    return entries
  }

  /**
   * Removes every entry whose key `keep` turns down (the cache holds what the last build used, not one entry per
   * edit or per older version) and what builds that died left half-written, not what a running one writes.
   */
  async prune(keep: (key: string) => boolean): Promise<void> {
    for (const {file, name} of await this.entries()) {
      const aside = asideName.exec(name)
      const key = entryName.exec(name)?.[1]
      const stale = aside ? Number(aside[1]) !== process.pid && !alive(Number(aside[1])) : key !== undefined && !keep(key)
      if (stale) await rm(file, {recursive: true, force: true}).catch(() => undefined)
    }
  }
}
