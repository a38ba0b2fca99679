import {copyFileSync, linkSync, mkdirSync, rmSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {CachedFile, CachedFiles} from './serialized-result.js'
import type {Meeting} from '../model/meeting.js'
import {meetingJsonPath} from '../render/api.js'
import {isMissing} from './if-missing.js'

/**
 * Puts a cached file at `target` as a hard link (a copy on another file system), in a folder made here; false when
 * the file is missing or not the size it was stored with. Synchronous on purpose: thousands of them through the
 * thread pool took several times as long. Whatever is linked is never written to afterwards (files of a build are
 * replaced, never edited), so the cache's copy stays as it was.
 */
export function linkCached({file, size}: CachedFile, target: string): boolean {
  try {
    if (statSync(file).size !== size) return false
    mkdirSync(dirname(target), {recursive: true})
    try {
      linkSync(file, target)
    } catch {
      copyFileSync(file, target)
    }
    return true
  } catch (error) {
    if (isMissing(error)) return false
    throw error
  }
}

/** Where a meeting's downloadable Markdown goes in the output. */
export function meetingMarkdownPath(slug: string): string {
  return `/meetings/${slug}/${slug}.md`
}

/**
 * Links the API file and the downloadable Markdown the parse cache keeps for each meeting into `outDir`; returns the
 * slugs of the meetings whose two files are in place, whose files are then not written. A meeting with only one
 * of them linked has it removed again, so the writer never writes through a link into the cache.
 */
export function linkCachedMeetingFiles(outDir: string, meetings: readonly Meeting[], cached: ReadonlyMap<string, CachedFiles>): Set<string> {
  const linked = new Set<string>()
  for (const meeting of meetings) {
    const files = cached.get(meeting.slug)
    if (files === undefined) continue
    const api = join(outDir, meetingJsonPath(meeting.slug))
    if (!linkCached(files.api, api)) continue
    if (linkCached(files.markdown, join(outDir, meetingMarkdownPath(meeting.slug)))) linked.add(meeting.slug)
    else rmSync(api, {force: true})
  }
  return linked
}
