import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {copyFile, link, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {CacheFolder, stageHash} from '../cache.js'
import {searchStage} from '../cache-stages.js'
import {writeSiteFiles} from '../write-files.js'
import type {SearchPage} from '../../render/search-records.js'
import {isCacheMiss} from '../if-missing.js'

/**
 * The key of the bundle Pagefind makes from `pages`: their addresses and HTML in order (the page number is the
 * order) and the language it is forced to, under the search stage's versions (Pagefind's among them; `searchStage.format`
 * for what an entry holds: files left out of a bundle, the manifest's shape). Everything else of the build leaves it alone.
 */
export function bundleKey(pages: ReadonlyArray<Pick<SearchPage, 'url' | 'html'>>, language: string): string {
  // Hashed page by page rather than through `stageKey`: a shard's HTML is never gathered into one list.
  const hash = stageHash(searchStage).update(language).update('\0')
  for (const page of pages) hash.update(page.url).update('\0').update(page.html).update('\0')
  return hash.digest('hex')
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** What an entry lists, written last: a file missing or changed since means the entry is not used. */
interface Manifest {
  files: Record<string, string>
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false
  const files = (value as {files?: unknown}).files
  return typeof files === 'object' && files !== null && Object.values(files).every((hash) => typeof hash === 'string')
}

/** Files copied at a time: enough to keep the disk busy, few enough to stay under the open-file limit. */
const parallelFiles = 64

/**
 * Runs `task` over `items`, {@link parallelFiles} at a time; throws the first failure once the whole batch has
 * settled, so no write is still under way when the caller cleans up.
 */
async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += parallelFiles) {
    const settled = await Promise.allSettled(items.slice(start, start + parallelFiles).map(task))
    const failed = settled.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
  }
}

/** A file of a Pagefind bundle: its path under the bundle's folder and its bytes. */
export interface BundleFile {
  path: string
  content: Uint8Array
}

/** Writes a bundle's files under `target` (see `writeSiteFiles`: each folder made once, 64 writes in flight). */
export function writeBundle(files: readonly BundleFile[], target: string): Promise<void> {
  return writeSiteFiles(target, files.map((file) => [file.path, file.content] as const))
}

/** Links `from` as `to`, or copies it where a link cannot be made (another file system). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch {
    await copyFile(from, to)
  }
}

/**
 * Pagefind bundles of earlier builds (`.cache/search` by default), one folder per {@link bundleKey}: a build
 * takes an unchanged shard's bundle from here instead of indexing its pages again. Safe to delete; an entry
 * whose files do not match its manifest is ignored and rewritten.
 */
export class BundleCache {
  private readonly entries: CacheFolder

  constructor(readonly folder: string) {
    this.entries = new CacheFolder(folder, 'flat')
  }

  /** Whether an entry is stored under `key`: a hint only, since {@link restore} checks its files. */
  holds(key: string): boolean {
    return existsSync(join(this.entries.path(key), 'manifest.json'))
  }

  /**
   * Puts the bundle stored under `key` into `target` once every file is checked against the manifest, as hard
   * links (files of a build are replaced, never edited, and the next restore checks them again); false when
   * there is none or it is damaged (whatever was put in place is removed again).
   */
  async restore(key: string, target: string): Promise<boolean> {
    const entry = this.entries.path(key)
    try {
      const manifest: unknown = JSON.parse(await readFile(join(entry, 'manifest.json'), 'utf8'))
      if (!isManifest(manifest)) return false
      const files = Object.entries(manifest.files)
      await inBatches(files, async ([file, hash]) => {
        if (file.split('/').includes('..')) throw new Error(`Unexpected path \`${file}\` in a search cache entry`)
        if (sha256(await readFile(join(entry, file))) !== hash) throw new Error(`Unexpected change to \`${file}\` in a search cache entry`)
      })
      for (const folder of new Set(files.map(([file]) => dirname(join(target, file))))) await mkdir(folder, {recursive: true})
      await inBatches(files, ([file]) => linkOrCopy(join(entry, file), join(target, file)))
      return true
    } catch (error) {
      await rm(target, {recursive: true, force: true})
      if (isCacheMiss(error)) return false
      throw error
    }
  }

  /**
   * Stores a bundle's files under `key`: put aside with their manifest, then renamed into place, so a crash
   * never leaves half an entry. With `writtenTo`, the folder the same files were just written to, they are hard
   * linked from there rather than written again (as {@link restore} links them out). A cache that cannot be
   * written fails the build as any other write would (a full disk, no permission): the half-made entry is removed.
   */
  async save(key: string, files: readonly BundleFile[], writtenTo?: string): Promise<void> {
    const entry = this.entries.path(key)
    const aside = this.entries.aside(entry)
    try {
      await rm(aside, {recursive: true, force: true})
      if (writtenTo === undefined) {
        await writeBundle(files, aside)
      } else {
        for (const folder of new Set(files.map((file) => dirname(join(aside, file.path))))) await mkdir(folder, {recursive: true})
        await inBatches(files, (file) => linkOrCopy(join(writtenTo, file.path), join(aside, file.path)))
      }
      const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      const manifest: Manifest = {files: Object.fromEntries(sorted.map((file) => [file.path, sha256(file.content)]))}
      await writeFile(join(aside, 'manifest.json'), `${JSON.stringify(manifest)}\n`)
      // A damaged entry under the same key is what sent the build here: replace it.
      await rm(entry, {recursive: true, force: true})
      await rename(aside, entry)
    } catch (error) {
      await rm(aside, {recursive: true, force: true})
      throw error
    }
  }

  /** Removes every entry but those in `keep` (the shards of the build just made), and folders left by killed builds. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    await this.entries.prune((key) => keep.has(key))
  }
}
