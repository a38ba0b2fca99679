import {readdirSync, readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {jsonSchemas} from '../src/model/json-schemas.js'
import {meetingDataSchema} from '../src/model/meeting-schema.js'
import type {Meeting} from '../src/model/meeting.js'
import {loadConfig} from '../src/parse/config.js'
import {parseMeeting} from '../src/extract/parse-meeting.js'

const repo = join(import.meta.dirname, '..')

// templates/meeting.md and minutebook.yml point editors at schemas/; a schema change must be regenerated
// with `npx minutebook schema` and committed, or editors would check against stale rules.
describe('committed JSON Schemas', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    it(`schemas/${name} is what \`minutebook schema\` writes`, async () => {
      const committed: unknown = JSON.parse(await readFile(join(repo, 'schemas', name), 'utf8'))
      expect(committed).toEqual(schema)
    })
  }

  it('the meeting template and the example settings reference them', async () => {
    expect(await readFile(join(repo, 'templates', 'meeting.md'), 'utf8')).toContain('$schema=../schemas/meeting.schema.json')
    expect(await readFile(join(repo, 'minutebook.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=schemas\/minutebook\.schema\.json\n/)
  })
})

/** Every Markdown source the tests parse: the example meetings and the fixture inputs. */
const sources = [
  ...readdirSync(join(repo, 'meetings'), {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.md'))
    .map((path) => `meetings/${path.split('\\').join('/')}`),
  ...readdirSync(join(repo, 'test', 'fixtures'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && entry.name !== 'meetings')
    .map((entry) => `test/fixtures/${entry.name}/input.md`)
].sort()

/** Each source's Meeting, parsed once with the repository's settings (undefined for a meeting with fatal errors). */
const meetings = new Map<string, Meeting | undefined>()
beforeAll(async () => {
  const config = await loadConfig(repo)
  for (const source of sources) meetings.set(source, parseMeeting(readFileSync(join(repo, source)), {path: source, config}).meeting)
})

/** The messages of a failed validation, each with its path, so a failure says which field drifted. */
function problems(value: unknown): string[] {
  const result = meetingDataSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

// The JSON Schema of the Meeting data is generated from meetingDataSchema: what parses here is what integrators
// validating against schemas/meeting-data.schema.json receive.
describe('the Meeting data schema', () => {
  it.each(sources)('accepts the Meeting parsed from %s, as the object and as its JSON', (source) => {
    const meeting = meetings.get(source)
    // Two fixtures are meetings with fatal errors: no Meeting to check.
    if (meeting === undefined) return
    expect(problems(meeting)).toEqual([])
    expect(problems(JSON.parse(JSON.stringify(meeting)))).toEqual([])
  })

  it('checks most of the sources it was given', () => {
    const parsed = sources.filter((source) => meetings.get(source) !== undefined)
    expect(sources.filter((source) => source.startsWith('meetings/')).length).toBeGreaterThanOrEqual(6)
    expect(parsed.length).toBeGreaterThanOrEqual(sources.length - 2)
  })

  it('refuses a field the contract does not document, an unknown outcome, a null, a negative count and a bad date', () => {
    const source = 'meetings/2010/2010-04-12-parish-council.md'
    const meeting = meetings.get(source) as Meeting
    const motion = {text: 'That the hall be painted', item: 'finance', line: 3}
    expect(problems({...meeting, minutesTaker: 'Mark Denby'})).toEqual([': Unrecognized key: "minutesTaker"'])
    expect(problems({...meeting, decisions: [{...motion, outcome: 'tabled'}]})[0]).toMatch(/^decisions\.0\.outcome: /)
    expect(problems({...meeting, decisions: [{...motion, mover: null}]})[0]).toMatch(/^decisions\.0\.mover: /)
    expect(problems({...meeting, decisions: [{...motion, votes: {for: -1}}]})[0]).toMatch(/^decisions\.0\.votes\.for: /)
    expect(problems({...meeting, date: '12 April 2010'})[0]).toMatch(/^date: /)
    expect(problems({...meeting, decisions: [{...motion, outcome: 'failed', mover: 'Robert Hale', seconder: 'Anita Desai', votes: {for: 1, against: 3, abstain: 1}}]})).toEqual([])
  })
})
