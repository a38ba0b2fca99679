import {realpathSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {isInside} from '../build/output-path.js'

/** What a request path may be served as: a file path inside the output folder, or the status to refuse it with. */
export type RequestPath = {file: string} | {status: 400 | 404}

/** The real path of `path` or of its deepest existing ancestor (symbolic links followed), so links are judged by where they lead. */
function realExisting(path: string): string {
  let current = path
  for (;;) {
    try {
      return join(realpathSync(current), relative(current, path))
    } catch {
      const parent = resolve(current, '..')
      if (parent === current) return path
      current = parent
    }
  }
}

/**
 * Checks the path of a request (`/meetings/x/?q=1`) before the dev server maps it to a file of `outDir`: every segment
 * is percent-decoded once, and a segment that decodes to `.` or `..` or holds a slash, a backslash or a NUL is refused
 * (400), as is a path that does not decode; then the file it names (and its `index.html` or `.html` forms), with
 * symbolic links followed, must lie inside `outDir` (404 otherwise). The dev server used to decode after a prefix test,
 * so `/%2E%2E%2F_site-drafts/...` served a sibling folder. Never throws.
 */
export function checkRequestPath(url: string | undefined, outDir: string): RequestPath {
  const raw = (url ?? '/').split(/[?#]/, 1)[0] ?? '/'
  if (!raw.startsWith('/')) return {status: 400}
  const segments: string[] = []
  for (const segment of raw.split('/').slice(1)) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return {status: 400}
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return {status: 400}
    segments.push(decoded)
  }
  const root = realExisting(resolve(outDir))
  const file = join(resolve(outDir), ...segments)
  // `/x` may be served as `x.html`; a path ending in `/` (the root too) only as a folder's `index.html`.
  const named = (segments.at(-1) ?? '') !== ''
  for (const candidate of [file, join(file, 'index.html'), ...(named ? [`${file}.html`] : [])]) {
    if (!isInside(realExisting(candidate), root)) return {status: 404}
  }
  return {file}
}
