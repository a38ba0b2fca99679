import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {defaultConfig, type Config} from '../model/config.js'
import {configSchema} from '../model/config-schema.js'
import {decodeUtf8} from './decode-utf8.js'
import {checkFrontMatterText} from './front-matter-text.js'
import {checkCharacters} from './limits.js'
import {reportError} from './report.js'
import {reportSchemaIssues} from './schema-report.js'
import {readYaml} from './yaml-source.js'
import {ConfigError} from '../model/errors.js'

/** Name of the settings file at the archive root. */
export const configFileName = 'minutebook.yml'

/** What {@link parseConfig} gives: the settings (undefined when invalid), every message, and the file they are on. */
export interface ParsedConfig {
  config: Config | undefined
  messages: VFileMessage[]
  file: VFile
}

/**
 * Validates the text (or bytes) of a `minutebook.yml`: YAML 1.2 core schema, every schema problem
 * on the line of its key, unknown keys with the nearest known one suggested, defaults filled from
 * `defaultConfig`, `pathPrefix` normalised to `/…/`. An empty file gives the defaults.
 */
export function parseConfig(text: string | Uint8Array, path: string): ParsedConfig {
  const file = new VFile({path, value: text})
  const config = validate(file)
  return {config, messages: [...file.messages], file}
}

function validate(file: VFile): Config | undefined {
  const text = decodeUtf8(file.value, file)
  if (text === undefined) return undefined
  // What a meeting file may not hold, the settings may not either: they reach every page, feed and calendar.
  const notText = checkCharacters(text)
  if (notText) {
    reportError(file, notText.reason, notText.place, notText.ruleId)
    return undefined
  }
  const yaml = readYaml(text, file, 'config-yaml')
  if (!yaml) return undefined
  // An empty file (or only comments) means "all defaults".
  const data = yaml.data ?? {}
  if (!checkFrontMatterText(data, yaml, text, file, 'config-schema')) return undefined
  const result = configSchema.safeParse(data)
  if (result.success) return result.data
  reportSchemaIssues(result.error.issues, configSchema, data, yaml, file, {
    rules: {schema: 'config-schema', unknownKey: 'config-unknown-key'},
    rootPosition: {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  })
  return undefined
}

/**
 * Loads `minutebook.yml` from the archive root, or the defaults when there is none.
 * Throws {@link ConfigError} (carrying positioned messages) when the file is invalid.
 */
export async function loadConfig(root: string): Promise<Config> {
  const path = join(root, configFileName)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig
    throw error
  }
  const {config, file} = parseConfig(bytes, path)
  if (!config) throw new ConfigError(file)
  return config
}
