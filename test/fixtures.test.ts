/**
 * Fixture tests: every case folder in test/fixtures/<case>/ and every example meeting in
 * meetings/ is parsed and its whole Meeting JSON and its messages are compared with the
 * expected files. Example meetings are read where they live (so the demo archive and the
 * fixtures cannot drift); their expected files sit in test/fixtures/meetings/<slug>/.
 * Run with UPDATE_FIXTURES=1 to rewrite the expected files from the current parser.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {formatMessage} from '../src/cli/format.js'
import type {Config} from '../src/model/config.js'
import {loadConfig} from '../src/parse/config.js'
import {parseMeeting} from '../src/extract/parse-meeting.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = join(root, 'test', 'fixtures')
const meetingsExpected = join(fixtures, 'meetings')
const update = process.env['UPDATE_FIXTURES'] === '1'

/** One thing to parse: the source (relative to the root, as the CLI reports it) and where its expectations live. */
interface FixtureCase {
  name: string
  source: string
  expected: string
}

function focusedCases(): FixtureCase[] {
  return readdirSync(fixtures, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && entry.name !== 'meetings')
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({name, source: `test/fixtures/${name}/input.md`, expected: join(fixtures, name)}))
}

function exampleMeetingSources(): string[] {
  return (readdirSync(join(root, 'meetings'), {recursive: true}) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.md'))
    .sort()
    .map((path) => `meetings/${path}`)
}

function slugOf(source: string): string {
  return source.slice(source.lastIndexOf('/') + 1).replace(/\.md$/, '')
}

function meetingCases(): FixtureCase[] {
  return exampleMeetingSources().map((source) => ({
    name: source,
    source,
    expected: join(meetingsExpected, slugOf(source))
  }))
}

const cases = [...focusedCases(), ...meetingCases()]

let config: Config
beforeAll(async () => {
  config = await loadConfig(root)
})

/** Parses a case and renders what the expected files hold: the Meeting JSON and one formatted message per line. */
function actualOf(fixture: FixtureCase): {json: string; messages: string} {
  const {meeting, messages} = parseMeeting(readFileSync(join(root, fixture.source)), {path: fixture.source, config})
  const lines = messages.map((message) => formatMessage(message, root))
  return {
    json: JSON.stringify(meeting ?? null, null, 2) + '\n',
    messages: lines.map((line) => line + '\n').join('')
  }
}

describe('fixtures', () => {
  it('finds the focused cases and the example meetings', () => {
    expect(focusedCases().length).toBeGreaterThanOrEqual(4)
    expect(meetingCases().length).toBeGreaterThanOrEqual(5)
  })

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const actual = actualOf(fixture)
    const jsonPath = join(fixture.expected, 'meeting.json')
    const messagesPath = join(fixture.expected, 'messages.txt')
    if (update) {
      mkdirSync(fixture.expected, {recursive: true})
      writeFileSync(jsonPath, actual.json)
      writeFileSync(messagesPath, actual.messages)
      console.log(`UPDATE_FIXTURES=1: rewrote ${relative(root, jsonPath)} and ${relative(root, messagesPath)}`)
      return
    }
    expect(existsSync(jsonPath), `missing ${relative(root, jsonPath)}; run with UPDATE_FIXTURES=1`).toBe(true)
    expect(JSON.parse(actual.json)).toEqual(JSON.parse(readFileSync(jsonPath, 'utf8')))
    expect(actual.messages).toBe(readFileSync(messagesPath, 'utf8'))
  })

  it('keeps no expected files for example meetings that no longer exist', () => {
    const slugs = exampleMeetingSources().map(slugOf)
    const stored = existsSync(meetingsExpected) ? readdirSync(meetingsExpected).sort() : []
    expect(stored).toEqual(slugs)
  })

  it('gives every focused case an input.md', () => {
    for (const fixture of focusedCases()) expect(existsSync(join(root, fixture.source)), fixture.source).toBe(true)
  })

  it('lets no private block and no e-mail address reach the output or the messages', () => {
    for (const fixture of cases) {
      const {json, messages} = actualOf(fixture)
      for (const secret of ['CANARY-PRIVATE', 'helen.sworn@chabdai.org', 'info@example.org', '345 678']) {
        expect(json.includes(secret), `${secret} in the JSON of ${fixture.name}`).toBe(false)
        expect(messages.includes(secret), `${secret} in the messages of ${fixture.name}`).toBe(false)
      }
    }
  })
})
