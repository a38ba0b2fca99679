import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const versions = new Map<string, string>()

/**
 * The installed version of package `name`, from the package.json above its entry point (packages such as
 * Eleventy do not export their package.json). Part of cache keys: a new version may render different bytes.
 */
export function packageVersion(name: string): string {
  let version = versions.get(name)
  if (version === undefined) {
    let folder = dirname(fileURLToPath(import.meta.resolve(name)))
    for (;;) {
      const file = join(folder, 'package.json')
      const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {name?: unknown; version?: unknown}) : undefined
      if (manifest?.name === name) {
        version = String(manifest.version)
        break
      }
      if (dirname(folder) === folder) throw new Error(`Unexpected package \`${name}\` without a package.json, expected one above its entry point`)
      folder = dirname(folder)
    }
    versions.set(name, version)
  }
  return version
}

let own: string | undefined

/** minutebook's own version, from its package.json (the package root is two folders above this module, in `src/build/` and `dist/build/` alike). */
export function ownVersion(): string {
  own ??= String((JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as {version?: unknown}).version)
  return own
}
