import {existsSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {UserError} from '../model/errors.js'

/** Whether `folder` is an archive root: it holds `minutebook.yml` or a `meetings/` folder. */
function isArchiveRoot(folder: string): boolean {
  if (existsSync(join(folder, 'minutebook.yml'))) return true
  return statSync(join(folder, 'meetings'), {throwIfNoEntry: false})?.isDirectory() === true
}

/**
 * The archive root at or above `start`, as git finds its repository: the nearest folder holding `minutebook.yml` or
 * `meetings/`. The walk stops at a repository's top (a folder with `.git`), so a stray `meetings/` above a
 * repository is never taken for its archive; undefined when nothing is found.
 */
function findArchiveRoot(start: string): string | undefined {
  let folder = resolve(start)
  for (;;) {
    if (isArchiveRoot(folder)) return folder
    if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return undefined
    folder = dirname(folder)
  }
}

/** The archive a command works on: `--root` as given, else the one found from the working directory. */
export function archiveRoot(given: string | undefined, cwd = process.cwd()): string {
  if (given !== undefined) return resolve(cwd, given)
  const found = findArchiveRoot(cwd)
  if (found === undefined) {
    throw new UserError(
      `no archive here: expected \`minutebook.yml\` or \`meetings/\` in \`${cwd}\` or a folder above it; ` +
        'run `minutebook init` to start one, or give its folder with `--root`'
    )
  }
  return found
}

/** The archive a command that also works without one uses for its settings: the one found, else the working directory. */
export function archiveRootOrHere(given: string | undefined, cwd = process.cwd()): string {
  if (given !== undefined) return resolve(cwd, given)
  return findArchiveRoot(cwd) ?? resolve(cwd)
}
