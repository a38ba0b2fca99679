import {fileURLToPath} from 'node:url'

/**
 * A file shipped with minutebook, by its path in the package (`package.json`, `starter/...`, `templates/...`): the
 * package root is two folders above this module, in `src/cli/` and in `dist/cli/` alike.
 */
export function shippedFile(path: string): string {
  return fileURLToPath(new URL(`../../${path}`, import.meta.url))
}
