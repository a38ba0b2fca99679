import * as z from 'zod'
import {configSchema} from './config-schema.js'
import {frontMatterSchema} from './front-matter-schema.js'

/** File name of each JSON Schema `minutebook schema` writes, with its content. */
export interface JsonSchemaFiles {
  'meeting.schema.json': Record<string, unknown>
  'minutebook.schema.json': Record<string, unknown>
}

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  // The input side is what an author writes; draft-07 is what editors' YAML support reads best.
  return z.toJSONSchema(schema, {io: 'input', target: 'draft-7', unrepresentable: 'any'}) as Record<string, unknown>
}

/** JSON Schemas for meeting front matter and `minutebook.yml`, generated from the zod schemas. */
export function jsonSchemas(): JsonSchemaFiles {
  return {
    'meeting.schema.json': toJsonSchema(frontMatterSchema),
    'minutebook.schema.json': toJsonSchema(configSchema)
  }
}
