import {readFile} from 'node:fs/promises'
import {stringify} from 'yaml'
import {titleSlug} from '../text/slug.js'
import {shippedFile} from './shipped.js'

/** What `minutebook init` asks for: the archive's title and the address it is published at. */
export interface InitSettings {
  title: string
  /** Unset: the publish workflow passes the address GitHub Pages gives, and a local build warns. */
  baseUrl?: string
  pathPrefix: string
}

/** Where the example meeting goes in a new archive. */
export const exampleMeetingPath = 'meetings/2025/2025-01-15-first-meeting.md'

/** Build output and caches: never committed. */
const gitignore = 'node_modules/\n_site/\n.cache/\n'

/** A new archive's `minutebook.yml`: its title and address, with the other settings it may grow shown commented out. */
function minutebookYml(settings: InitSettings): string {
  const address = settings.baseUrl === undefined
    ? '# baseUrl: https://example.github.io # where the site is published; the publish workflow passes the GitHub Pages address\n'
    : stringify({baseUrl: settings.baseUrl})
  return (
    '# yaml-language-server: $schema=node_modules/minutebook/schemas/minutebook.schema.json\n' +
    stringify({title: settings.title}, {lineWidth: 0}) +
    address +
    stringify({pathPrefix: settings.pathPrefix}) +
    'lang: en\n' +
    '\n' +
    '# One entry per person, so every spelling the minutes use lands on one person page:\n' +
    '# people:\n' +
    '#   - name: Ada Lovelace\n' +
    '#     aliases: [Ms Lovelace, A. Lovelace]\n' +
    '# Check rules switched off or made warnings:\n' +
    '# rules:\n' +
    '#   speaker-not-attendee: off\n'
  )
}

/**
 * The archive's `package.json`, made from the one already there (an `npm install minutebook` made it, say): every
 * key it has is kept as it is; minutebook is added as a dependency and the scripts are added where missing.
 */
export function packageJson(existing: Record<string, unknown> | undefined, folderName: string, version: string): Record<string, unknown> {
  const base = existing ?? {name: titleSlug(folderName).replace(/[^a-z0-9-]/g, '') || 'minutes-archive', private: true}
  const scripts = {start: 'minutebook serve', build: 'minutebook build', check: 'minutebook check', ...(base['scripts'] as Record<string, string> | undefined)}
  const dependencies = {minutebook: `^${version}`, ...(base['dependencies'] as Record<string, string> | undefined)}
  return {...base, scripts, dependencies}
}

/** The files of a new archive, path to text (`package.json` apart, see {@link packageJson}). */
export async function archiveFiles(settings: InitSettings): Promise<Map<string, string>> {
  return new Map([
    ['minutebook.yml', minutebookYml(settings)],
    ['.gitignore', gitignore],
    [exampleMeetingPath, await readFile(shippedFile('starter/example-meeting.md'), 'utf8')],
    ['.github/workflows/check.yml', await readFile(shippedFile('starter/workflows/check.yml'), 'utf8')],
    ['.github/workflows/publish.yml', await readFile(shippedFile('starter/workflows/publish.yml'), 'utf8')]
  ])
}
