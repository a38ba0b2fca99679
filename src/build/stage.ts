import {existsSync} from 'node:fs'
import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {UnsafeOutputError} from '../model/errors.js'
import {ownSiteDirectory} from '../site/site-input.js'
import {clearLeftovers} from './leftovers.js'
import {acquireLock} from './lock.js'
import {unsafeOutputReason} from './output-path.js'
import {ifMissing} from './if-missing.js'

/** The folders of one build beside its output: all named after the output and this process, removed at the end. */
export interface BuildFolders {
  /** The output folder itself. */
  out: string
  /** Where the new site is built, to be swapped in whole. */
  staging: string
  /** The shipped site with the archive's own files over it (see `assembleSite`). */
  siteInput: string
}

/** Whether `out` is empty, missing, or what an earlier build left (it has the JSON API's index). */
async function isPreviousOutput(out: string): Promise<boolean> {
  const entries = await ifMissing(readdir(out), undefined)
  if (entries === undefined || entries.length === 0) return true
  return existsSync(join(out, 'api', 'meetings.json'))
}

/**
 * Throws {@link UnsafeOutputError} when a build of the archive at `root` must not replace `out`: the archive, its
 * meetings or templates, a file, a link, or a folder of files that no build made.
 */
export async function refuseUnsafeOutput(out: string, root: string): Promise<void> {
  const unsafe = unsafeOutputReason(out, root, ownSiteDirectory(root))
  if (unsafe !== undefined) throw new UnsafeOutputError(unsafe)
  if (!(await isPreviousOutput(out))) {
    throw new UnsafeOutputError(`Unexpected folder \`${out}\` that holds files but no earlier minutebook build, expected an empty folder or a previous output`)
  }
}

/**
 * Runs `work` holding the output's lock, with this build's folders beside the output; a build killed midway left
 * its folders (on a full disk, the space this one needs), so they are cleared first. Whatever happens, the staging
 * folder and the site input are removed and the lock released.
 */
export async function withOutputLock<T>(out: string, work: (folders: BuildFolders) => Promise<T>): Promise<T> {
  const parent = dirname(out)
  await mkdir(parent, {recursive: true})
  const release = await acquireLock(join(parent, `.${basename(out)}.lock`))
  const folders = {out, staging: join(parent, `.${basename(out)}.building-${process.pid}`), siteInput: join(parent, `.${basename(out)}.site-${process.pid}`)}
  try {
    await clearLeftovers(out)
    return await work(folders)
  } finally {
    await rm(folders.staging, {recursive: true, force: true})
    await rm(folders.siteInput, {recursive: true, force: true})
    await release()
  }
}

/** Makes an empty staging folder. */
export async function freshStaging(staging: string): Promise<void> {
  await rm(staging, {recursive: true, force: true})
  await mkdir(staging)
}

/** Puts the finished staging folder in place of the output: the previous output is moved aside, then removed. */
export async function swapIn({out, staging}: BuildFolders): Promise<void> {
  const aside = join(dirname(out), `.${basename(out)}.previous-${process.pid}`)
  const hadOutput = await stat(out).then(
    () => true,
    () => false
  )
  if (hadOutput) await rename(out, aside)
  await rename(staging, out)
  if (hadOutput) await rm(aside, {recursive: true, force: true})
}
