/**
 * Reading what may not be there yet (the output folder, a cache entry, the site's templates) without swallowing what
 * the user must hear of: only "not there" (ENOENT) has a fallback; permissions, a full disk or a failing device
 * propagate.
 */

/** Whether a failure means that the file or folder is not there. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

/** What `work` gives, or `fallback` when what it reads is not there; any other failure propagates. */
export async function ifMissing<T, F>(work: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await work
  } catch (error) {
    if (isMissing(error)) return fallback
    throw error
  }
}

/**
 * Whether a failure to use a cache entry is a miss: the entry is not there, or holds what minutebook did not write
 * (text that is not JSON, a file whose hash changed: errors without a system error code). A miss is worked out again;
 * a failing disk is not a miss.
 */
export function isCacheMiss(error: unknown): boolean {
  return isMissing(error) || (error as NodeJS.ErrnoException | undefined)?.code === undefined
}
