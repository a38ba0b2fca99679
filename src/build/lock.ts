import {open, readFile, rm} from 'node:fs/promises'
import {BuildLockedError} from '../model/errors.js'
import {ifMissing} from './if-missing.js'

/** Whether a process with this id is running (EPERM: running, as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes an exclusive lock file (its content: our pid) so two builds into one output never interleave;
 * a lock left by a process that no longer runs is taken over. Returns the release function.
 */
export async function acquireLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(path, {force: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(await ifMissing(readFile(path, 'utf8'), ''), 10)
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new BuildLockedError(`Unexpected build already running into this folder (process ${holder}, lock \`${path}\`), expected one build at a time`)
      }
      await rm(path, {force: true})
    }
  }
  throw new BuildLockedError(`Unexpected lock \`${path}\` that could not be taken, expected to create it`)
}
