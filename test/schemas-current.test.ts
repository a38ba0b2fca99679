import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jsonSchemas} from '../src/model/json-schemas.js'

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
