import type {VFile} from 'vfile'
import {LineCounter, isScalar, parseDocument, visit, type Document, type Node, type Scalar} from 'yaml'
import {reportError, reportWarning} from './report.js'
import {rangePosition, type YamlSource} from './yaml-position.js'

/** Most alias expansions one document may use; more is treated as an alias bomb. */
const maxAliasCount = 100

/** A YAML document read without problems: its source (for positions) and its data. */
export interface ReadYaml extends YamlSource {
  data: unknown
}

/**
 * Parses YAML 1.2 with the core schema only, so dates, `10:30` and `yes` stay strings and no
 * explicit `!!timestamp` or `!!binary` tag builds an object. Syntax errors, duplicate keys, keys
 * that are not scalars and alias bombs are errors placed on their line; the result is then undefined.
 */
export function readYaml(text: string, file: VFile, ruleId: string): ReadYaml | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    resolveKnownTags: false,
    uniqueKeys: true,
    // Keys are names: a mapping used as a key is an error, not an object stringified with a warning.
    stringKeys: true,
    prettyErrors: false,
    lineCounter
  })
  const source = {doc, lineCounter}
  for (const warning of doc.warnings) {
    reportWarning(file, `Unexpected YAML (${lowerFirst(warning.message)}), expected plain YAML`, rangePosition(source, warning.pos), ruleId)
  }
  const seen = new Set<number>()
  for (const error of doc.errors) {
    // One mistake often yields several errors at the same spot; the first says it best.
    if (seen.has(error.pos[0])) continue
    seen.add(error.pos[0])
    const key = error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined
    const reason = key
      ? `Unexpected duplicate key \`${String(key.value)}\`, expected each key once`
      : error.code === 'NON_STRING_KEY'
        ? 'Unexpected key that is not plain text (a list, a mapping or a tagged value), expected a plain key name'
        : `Unexpected invalid YAML (${lowerFirst(error.message)}), expected valid YAML`
    reportError(file, reason, rangePosition(source, key?.range ?? error.pos), ruleId)
  }
  if (doc.errors.length > 0) return undefined
  try {
    return {...source, data: doc.toJS({maxAliasCount})}
  } catch (error) {
    // yaml's own guard against exponential entity expansion; anything else is a bug, not content.
    if (!(error instanceof ReferenceError && /alias/i.test(error.message))) throw error
    reportError(
      file,
      `Unexpected YAML aliases expanding to more than ${maxAliasCount} nodes, expected fewer \`*alias\` references`,
      rangePosition(source, firstAlias(doc)?.range ?? [0, 0, 0]),
      ruleId
    )
    return undefined
  }
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1)
}

/** The scalar key that starts at `offset` (where yaml reports a duplicate). */
function keyAt(doc: Document.Parsed, offset: number): Scalar | undefined {
  let found: Scalar | undefined
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = pair.key
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

function firstAlias(doc: Document.Parsed): Node | undefined {
  let found: Node | undefined
  visit(doc, {
    Alias(_, node) {
      found = node
      return visit.BREAK
    }
  })
  return found
}
