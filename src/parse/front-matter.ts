import type {VFile} from 'vfile'
import type {FrontMatter} from '../model/front-matter.js'
import {frontMatterSchema} from '../model/front-matter-schema.js'
import {decodeUtf8} from './decode-utf8.js'
import {checkFence} from './front-matter-fence.js'
import {checkFrontMatterText} from './front-matter-text.js'
import {reportError, reportWarning} from './report.js'
import {grayMatterYaml, type MatterResult} from './safe-matter.js'
import {reportSchemaIssues} from './schema-report.js'
import {readYaml, type ReadYaml} from './yaml-source.js'
import {FrontMatterEngineError} from '../model/errors.js'

/** The opening `---`: where problems of the block as a whole (a missing key) are placed. */
const opening = {start: {line: 1, column: 1}, end: {line: 1, column: 4}}

/** Front matter read by {@link readFrontMatterSource}, with the YAML it came from (for positions). */
export interface ReadFrontMatter {
  frontMatter: FrontMatter
  /** The parsed YAML; undefined for an empty or comment-only block. */
  source: ReadYaml | undefined
}

/**
 * Reads the front matter of a meeting file (`file.value`, text or bytes): UTF-8 only, a bare `---`
 * fence on line 1, at most 64 KiB of YAML 1.2 (core schema, no duplicate keys, no alias bombs),
 * validated by the front matter schema with every problem reported at once on its key's line.
 * Problems are messages on `file` (errors fatal, a missing `status` a warning); returns the
 * normalised front matter, or undefined when it is unusable. Never throws on content.
 */
export function readFrontMatter(file: VFile): FrontMatter | undefined {
  return readFrontMatterSource(file)?.frontMatter
}

/** {@link readFrontMatter}, also giving the YAML source the values came from, so later problems can be placed on their keys. */
export function readFrontMatterSource(file: VFile, customKeys: readonly string[] = []): ReadFrontMatter | undefined {
  const text = decodeUtf8(file.value, file)
  if (text === undefined || !checkFence(text, file)) return undefined
  let split: MatterResult<ReadYaml | null>
  try {
    // gray-matter leaves the `\r` of a CRLF before the closing fence on the block; YAML would keep it.
    split = grayMatterYaml(text, (yaml) => readYaml(yaml.replace(/\r$/, ''), file, 'front-matter-yaml') ?? null)
  } catch (error) {
    // checkFence refuses every language first; this is the second lock on the same door.
    if (!(error instanceof FrontMatterEngineError)) throw error
    reportError(file, `Unexpected front matter language \`${error.language}\`, expected YAML`, opening, 'front-matter-engine')
    return undefined
  }
  if (split.value === null) return undefined
  // An empty or comment-only block is an empty mapping: the schema then names the missing keys.
  const written = split.value?.data ?? {}
  if (!checkFrontMatterText(written, split.value, split.matter, file)) return undefined
  // The archive's own keys are set aside before the schema, which knows only minutebook's.
  const {data, custom} = setAside(written, customKeys)
  const result = frontMatterSchema.safeParse(data)
  if (!result.success) {
    reportSchemaIssues(result.error.issues, frontMatterSchema, data, split.value, file, {
      rules: {schema: 'front-matter-schema', unknownKey: 'front-matter-unknown-key'},
      rootPosition: opening
    })
  }
  const mapping = typeof data === 'object' && data !== null && !Array.isArray(data)
  if (mapping && ((data as {status?: unknown}).status ?? null) === null) {
    reportWarning(
      file,
      '`status`: Unexpected missing key, expected `draft` or `approved`; the meeting is treated as a `draft`',
      opening,
      'front-matter-status'
    )
  }
  if (!result.success) return undefined
  return {frontMatter: custom === undefined ? result.data : {...result.data, custom}, source: split.value}
}

/** The values of `keys` taken out of a front matter mapping, and the mapping without them. */
function setAside(data: unknown, keys: readonly string[]): {data: unknown; custom?: Record<string, unknown>} {
  if (keys.length === 0 || typeof data !== 'object' || data === null || Array.isArray(data)) return {data}
  const rest: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (keys.includes(key)) {
      if (value !== null && value !== undefined) custom[key] = value
    } else {
      rest[key] = value
    }
  }
  return Object.keys(custom).length === 0 ? {data: rest} : {data: rest, custom}
}
