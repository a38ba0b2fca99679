import {readFileSync} from 'node:fs'
import {shippedFile} from './shipped.js'

/** minutebook's own version, from its package.json. */
export function ownVersion(): string {
  return (JSON.parse(readFileSync(shippedFile('package.json'), 'utf8')) as {version: string}).version
}
