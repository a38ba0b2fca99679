import {basename, dirname, resolve} from 'node:path'
import {listMeetingFiles} from '../archive/meeting-files.js'

/** What this needs of a chokidar watcher: the files it watches, by folder. */
export interface WatchedTree {
  getWatched(): Record<string, string[]>
}

/** How often the watcher is asked, and how long at most, in milliseconds. */
const pollMs = 50
const limitMs = 60_000

/**
 * Resolves once `watcher` watches every meeting file under `root`, or after a minute. chokidar 3 can say `ready`
 * before the last files of a large tree have their watch: its count of pending files can catch up with the files
 * done between two batches of a folder's listing. An edit saved in that gap is never seen: at 16,000 meetings, an
 * edit saved as `serve` said "Serving" was still not shown two minutes later. chokidar lists a file in `getWatched`
 * as it attaches the file's watch, so once every meeting file is listed, every edit is seen. Returns the number of
 * files still not watched (0 unless the minute, or `limit` milliseconds, ran out).
 */
export async function watchingAll(watcher: WatchedTree, root: string, limit = limitMs): Promise<number> {
  const files = (await listMeetingFiles(root)).map((path) => resolve(root, path))
  const started = Date.now()
  for (;;) {
    const watched = new Map(Object.entries(watcher.getWatched()).map(([folder, names]) => [folder, new Set(names)]))
    const missing = files.filter((file) => !watched.get(dirname(file))?.has(basename(file))).length
    if (missing === 0 || Date.now() - started >= limit) return missing
    await new Promise((wait) => setTimeout(wait, pollMs))
  }
}
