import type {Point, Position} from 'unist'
import {isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml'

/** A parsed YAML document with the line counter its positions come from. */
export interface YamlSource {
  doc: Document.Parsed
  lineCounter: LineCounter
}

/** Where a key path lands: its position, and whether the whole path was found or only a parent. */
export interface PathPlace {
  position: Position
  exact: boolean
  /** True when nothing but the document root was found (a missing top-level key). */
  root: boolean
}

/** The file position of a source range `[start, end]`. */
export function rangePosition(source: YamlSource, range: readonly [number, number, ...number[]]): Position {
  return {start: point(source, range[0]), end: point(source, range[1])}
}

function point(source: YamlSource, offset: number): Point {
  const {line, col} = source.lineCounter.linePos(offset)
  return {line, column: col}
}

function resolve(source: YamlSource, node: unknown): unknown {
  return isAlias(node) ? node.resolve(source.doc) : node
}

/**
 * Finds the node of a key path (`['attendees', 1, 'name']`): for a map key, the key itself, so a
 * problem with a value is shown on the line of its key; for a list item, the item. When the path
 * goes missing, the deepest node found stands in.
 */
export function pathPlace(source: YamlSource, path: readonly PropertyKey[]): PathPlace {
  let current: unknown = resolve(source, source.doc.contents)
  let marker: Node | undefined = current as Node | undefined
  for (const [index, segment] of path.entries()) {
    let next: unknown
    let anchor: Node | undefined
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      next = pair?.value
      anchor = pair?.key as Node | undefined
    } else if (isSeq(current) && typeof segment === 'number') {
      next = current.items[segment]
      anchor = next as Node | undefined
    }
    if (!anchor?.range) return placeOf(source, marker, false, index === 0)
    marker = anchor
    current = resolve(source, next)
  }
  return placeOf(source, marker, true, path.length === 0)
}

function placeOf(source: YamlSource, node: Node | undefined | null, exact: boolean, root: boolean): PathPlace {
  const range = node?.range ?? [0, 0, 0]
  return {position: rangePosition(source, range), exact, root}
}
