import {readFileSync} from 'node:fs'

/** minutebook's own version, from its package.json. */
export function ownVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
