import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {program} from '../../src/cli/main.js'
import {writeSchemas} from '../../src/cli/schema.js'
import {defaultConfig} from '../../src/model/config.js'
import {frontMatterKeys} from '../../src/model/front-matter.js'
import {jsonSchemas} from '../../src/model/json-schemas.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minutebook-schema-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, {recursive: true, force: true})
})

describe('jsonSchemas', () => {
  it('describes the meeting front matter: every known key, title and date required, nothing else allowed', () => {
    const schema = jsonSchemas()['meeting.schema.json']
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema['type']).toBe('object')
    expect(Object.keys(schema['properties'] as object)).toEqual([...frontMatterKeys])
    expect(schema['required']).toEqual(['title', 'date'])
    expect(schema['additionalProperties']).toBe(false)
    expect((schema['properties'] as Record<string, unknown>)['date']).toEqual({
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Day of the meeting as YYYY-MM-DD, a real calendar date. Required.'
    })
  })

  it('describes the Meeting data: every field of the contract, the motion model among them, nothing else allowed', () => {
    const schema = jsonSchemas()['meeting-data.schema.json']
    expect(schema['title']).toBe('minutebook Meeting')
    expect(schema['additionalProperties']).toBe(false)
    expect(schema['required']).toEqual(['slug', 'source', 'title', 'date', 'status', 'attendees', 'apologies', 'items', 'logistics', 'speakers', 'organizations', 'decisions', 'actions', 'recommendations'])
    expect(Object.keys(schema['properties'] as object)).toContain('absent')
    const definitions = schema['definitions'] as Record<string, {properties: Record<string, {enum?: string[]}>; required: string[]}>
    expect(Object.keys(definitions['Decision']!.properties)).toEqual(['text', 'item', 'line', 'outcome', 'mover', 'seconder', 'votes', 'unanimous', 'elected'])
    expect(definitions['Decision']!.required).toEqual(['text', 'item', 'line'])
    expect(definitions['Decision']!.properties['outcome']!.enum).toEqual(['carried', 'failed', 'withdrawn', 'deferred'])
    expect(definitions['Action']!.properties['status']!.enum).toEqual(['done', 'in-progress'])
    expect(Object.keys(definitions['Votes']!.properties)).toEqual(['for', 'against', 'abstain'])
    expect(Object.keys(definitions['Election']!.properties)).toEqual(['name', 'office', 'votes'])
  })

  it('describes minutebook.yml: every setting optional, nothing else allowed', () => {
    const schema = jsonSchemas()['minutebook.schema.json']
    expect(Object.keys(schema['properties'] as object).sort()).toEqual([...Object.keys(defaultConfig), 'description'].sort())
    expect(schema['required']).toBeUndefined()
    expect(schema['additionalProperties']).toBe(false)
  })
})

describe('minutebook schema', () => {
  it('writes every schema, sorted, as the JSON the generator gives, the same bytes every time', async () => {
    const written = await writeSchemas(join(dir, 'out'))
    expect(written).toEqual([
      join(dir, 'out', 'meeting-data.schema.json'),
      join(dir, 'out', 'meeting.schema.json'),
      join(dir, 'out', 'minutebook.schema.json')
    ])
    const schemas = jsonSchemas()
    const first = await readFile(join(dir, 'out', 'meeting.schema.json'), 'utf8')
    expect(JSON.parse(first)).toEqual(schemas['meeting.schema.json'])
    expect(JSON.parse(await readFile(join(dir, 'out', 'minutebook.schema.json'), 'utf8'))).toEqual(
      schemas['minutebook.schema.json']
    )
    expect(JSON.parse(await readFile(join(dir, 'out', 'meeting-data.schema.json'), 'utf8'))).toEqual(
      schemas['meeting-data.schema.json']
    )
    expect(first.endsWith('}\n')).toBe(true)
    await writeSchemas(join(dir, 'out'))
    expect(await readFile(join(dir, 'out', 'meeting.schema.json'), 'utf8')).toBe(first)
  })

  it('writes to schemas/ at the archive root by default and prints the paths', async () => {
    const printed: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk))
      return true
    })
    await program().parseAsync(['node', 'minutebook', 'schema', '--root', dir])
    expect((await readdir(join(dir, 'schemas'))).sort()).toEqual(['meeting-data.schema.json', 'meeting.schema.json', 'minutebook.schema.json'])
    expect(printed).toEqual([
      `${relative(process.cwd(), join(dir, 'schemas', 'meeting-data.schema.json'))}\n`,
      `${relative(process.cwd(), join(dir, 'schemas', 'meeting.schema.json'))}\n`,
      `${relative(process.cwd(), join(dir, 'schemas', 'minutebook.schema.json'))}\n`
    ])
  })

  it('writes to the --out directory when given', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    await program().parseAsync(['node', 'minutebook', 'schema', '--root', dir, '--out', join(dir, 'editor')])
    expect((await readdir(join(dir, 'editor'))).sort()).toEqual(['meeting-data.schema.json', 'meeting.schema.json', 'minutebook.schema.json'])
  })
})
