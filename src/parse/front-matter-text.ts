import type {VFile} from 'vfile'
import {describeNotText, findNotText} from './limits.js'
import {reportError} from './report.js'
import {formatKeyPath} from './schema-report.js'
import {pathPlace, type YamlSource} from './yaml-position.js'

/** Every string in YAML data (keys included), with the key path that leads to it. */
function* strings(value: unknown, path: PropertyKey[]): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') yield [value, path]
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index])
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield [key, [...path, key]]
      yield* strings(item, [...path, key])
    }
  }
}

/**
 * Checks that every string of the front matter (`data`, read from `yaml`) is text: YAML escapes (`"\0"`, `"\uFFFE"`, `"\r"`) make characters the
 * file's own check never sees, and a NUL reached the HTML, a noncharacter made every feed invalid XML and a lone
 * carriage return split the calendar's lines. Each one is an error (`ruleId`) on the line of its key; returns false if
 * any. `minutebook.yml` is checked the same way.
 */
export function checkFrontMatterText(data: unknown, source: YamlSource | undefined, yaml: string, file: VFile, ruleId = 'front-matter-schema'): boolean {
  let clean = true
  for (const [text, path] of strings(data, [])) {
    // A YAML line break is always a line feed: a carriage return in a value can only come from an escape.
    const character = findNotText(text)?.character ?? (text.includes('\r') ? '\r' : undefined)
    if (character === undefined) continue
    clean = false
    // Written as is in the file, it is already reported where it stands (the guard reads the whole file).
    if (character !== '\r' && yaml.includes(character)) continue
    const place = source ? pathPlace(source, path).position : {line: 1, column: 1}
    reportError(file, `\`${formatKeyPath(path)}\`: Unexpected ${describeNotText(character)}, expected text`, place, ruleId)
  }
  return clean
}
