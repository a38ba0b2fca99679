import type {VFile} from 'vfile'
import {reportError} from './report.js'

const bom = [0xef, 0xbb, 0xbf]

/** Where the first byte that is not UTF-8 sits: its byte offset and the text decoded before it. */
function firstBadByte(bytes: Uint8Array): {offset: number; before: string} {
  // A streaming prefix decodes without error exactly when it holds no bad sequence yet, so the
  // longest such prefix is found by bisection; bytes it holds back begin the bad sequence.
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    try {
      new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  const before = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes.subarray(0, low), {stream: true})
  return {offset: new TextEncoder().encode(before).length, before}
}

/**
 * Decodes a file's value as UTF-8 with a leading BOM dropped silently. Bytes that are not UTF-8
 * are an error placed on the line and column of the first bad byte; the result is then undefined.
 */
export function decodeUtf8(value: string | Uint8Array, file: VFile): string | undefined {
  if (typeof value === 'string') return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  const body = bom.every((byte, index) => value[index] === byte) ? value.subarray(3) : value
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    const {offset, before} = firstBadByte(body)
    const lines = before.split(/\r?\n|\r/)
    const line = lines.length
    const column = (lines.at(-1) ?? '').length + 1
    const byte = (body[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    reportError(
      file,
      `Unexpected byte \`0x${byte}\` that is not UTF-8, expected the file to be saved as UTF-8`,
      {line, column},
      'encoding'
    )
    return undefined
  }
}
