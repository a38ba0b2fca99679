import * as z from 'zod'
import {configSchema} from './config-schema.js'
import {frontMatterSchema} from './front-matter-schema.js'
import {meetingDataSchema} from './meeting-schema.js'

/** File name of each JSON Schema `minutebook schema` writes, with its content. */
export interface JsonSchemaFiles {
  'meeting-data.schema.json': Record<string, unknown>
  'meeting.schema.json': Record<string, unknown>
  'minutebook.schema.json': Record<string, unknown>
}

/** A JSON Schema of `schema`: its input side (what an author writes) or its output side (what minutebook writes). */
function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  // Draft-07 is what editors' YAML support reads best.
  return z.toJSONSchema(schema, {io, target: 'draft-7', unrepresentable: 'any'}) as Record<string, unknown>
}

/**
 * JSON Schemas for meeting front matter and `minutebook.yml` (for editors), and for the Meeting data that
 * `minutebook parse --json` and the JSON API give (for integrators), generated from the zod schemas.
 */
export function jsonSchemas(): JsonSchemaFiles {
  return {
    'meeting-data.schema.json': toJsonSchema(meetingDataSchema, 'output'),
    'meeting.schema.json': toJsonSchema(frontMatterSchema),
    'minutebook.schema.json': toJsonSchema(configSchema)
  }
}
