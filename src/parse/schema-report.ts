import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type * as z from 'zod'
import {nearest} from '../text/nearest.js'
import {reportError} from './report.js'
import {pathPlace, type YamlSource} from './yaml-position.js'

/** Rule ids for schema problems and unknown keys. */
export interface SchemaRules {
  schema: string
  unknownKey: string
}

/** One schema problem, flattened out of unions, before it is placed. */
interface Problem {
  path: PropertyKey[]
  reason: string
  ruleId: string
}

/** Options of {@link reportSchemaIssues}. */
export interface SchemaReportOptions {
  rules: SchemaRules
  /** Where a missing top-level key is reported (the opening `---` of front matter, line 1 of a config file). */
  rootPosition: Position
}

/**
 * Reports every zod issue on `file` at once, each prefixed by its key path and placed on the
 * YAML line of its key (Astro content collections style); unknown keys name the nearest known one.
 */
export function reportSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.core.$ZodType,
  data: unknown,
  source: YamlSource | undefined,
  file: VFile,
  options: SchemaReportOptions
): void {
  const problems = issues.flatMap((issue) => flatten(issue, [], schema, data, options.rules))
  const placed = problems.map((problem, order) => {
    const place = source ? pathPlace(source, problem.path) : undefined
    const position = !place || (place.root && !place.exact) ? options.rootPosition : place.position
    return {problem, position, order}
  })
  placed.sort(
    (a, b) =>
      a.position.start.line - b.position.start.line ||
      a.position.start.column - b.position.start.column ||
      a.order - b.order
  )
  for (const {problem, position} of placed) reportError(file, problem.reason, position, problem.ruleId)
}

function flatten(
  issue: z.core.$ZodIssue,
  prefix: PropertyKey[],
  schema: z.core.$ZodType,
  data: unknown,
  rules: SchemaRules
): Problem[] {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path, data)
    return issue.keys.map((key) => ({
      path: [...path, key],
      reason: withPath(path, unknownKeyReason(key, known)),
      ruleId: rules.unknownKey
    }))
  }
  if (issue.code === 'invalid_union') {
    // The branch whose type matched the value (a mapping, a string) says what is wrong inside it.
    const matching = issue.errors.filter(
      (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type')
    )
    const [only] = matching
    if (matching.length === 1 && only) return only.flatMap((inner) => flatten(inner, path, schema, data, rules))
  }
  return [{path, reason: withPath(path, issue.message), ruleId: rules.schema}]
}

/** `attendees[1].name` for `['attendees', 1, 'name']`. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : (index === 0 ? '' : '.') + String(segment)
    )
    .join('')
}

function withPath(path: readonly PropertyKey[], reason: string): string {
  return path.length === 0 ? reason : `\`${formatKeyPath(path)}\`: ${reason}`
}

/**
 * "Unexpected key `titel`, expected a known key such as `title`" when a known key is close
 * (a small edit away, or a prefix as in `chairperson`); otherwise the known keys are listed.
 */
function unknownKeyReason(key: string, known: readonly string[]): string {
  const best = nearest(key, known)
  if (best !== undefined) return `Unexpected key \`${key}\`, expected a known key such as \`${best}\``
  if (known.length === 1) return `Unexpected key \`${key}\`, expected the known key \`${known[0]}\``
  return `Unexpected key \`${key}\`, expected one of ${known.map((item) => `\`${item}\``).join(', ')}`
}

type Def = {
  type: string
  in?: z.core.$ZodType
  innerType?: z.core.$ZodType
  options?: readonly z.core.$ZodType[]
  element?: z.core.$ZodType
  shape?: Record<string, z.core.$ZodType>
  /** The key schema of a record. */
  keyType?: z.core.$ZodType
}

function def(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def
}

/** Peels wrappers (optional, nullable, default, pipe) and picks the object branch of a union for a mapping. */
function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let current = schema
  for (;;) {
    const {type, in: input, innerType, options} = def(current)
    if (type === 'pipe' && input) current = input
    else if ((type === 'optional' || type === 'nullable' || type === 'default') && innerType) current = innerType
    else if (type === 'union' && options) {
      const object = typeof value === 'object' && value !== null && !Array.isArray(value)
      const branch = options.find((option) => (def(unwrap(option, value)).type === 'object') === object)
      if (!branch) return current
      current = branch
    } else return current
  }
}

/** The keys the object schema at `path` knows, in schema order. */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let current = schema
  let value = data
  for (const segment of path) {
    const {element, shape} = def(unwrap(current, value))
    const next = element ?? shape?.[String(segment)]
    if (!next) return []
    current = next
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined
  }
  const last = def(unwrap(current, value))
  // A record of enumerated keys (`rules:`) knows the keys of its enum.
  const entries = last.keyType === undefined ? undefined : (def(last.keyType) as {entries?: Record<string, string>}).entries
  return entries === undefined ? Object.keys(last.shape ?? {}) : Object.values(entries)
}
