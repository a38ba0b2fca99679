import type {ImportNote} from './note.js'

/** Decoded text of a plain-text file and, when it was not UTF-8, a note saying how it was read. */
export interface DecodedText {
  text: string
  notes: ImportNote[]
}

/** Windows-1252 characters at 0x80-0x9F (Node's decoder treats that label as Latin-1 and yields C1 controls there). */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80]! : String.fromCharCode(byte)
  return text
}

/**
 * Decodes a text file as Word and Notepad save them: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * and otherwise Windows-1252, the "Plain text" default of Word on Windows.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes), notes: []}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes), notes: []}
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), notes: []}
  } catch {
    const reason =
      'Unexpected bytes that are not UTF-8, expected a UTF-8 text file: read as `windows-1252`; check accented letters and quotes'
    return {text: decodeWindows1252(bytes), notes: [{reason, ruleId: 'import-encoding'}]}
  }
}

/** Normalises one line: non-breaking and odd spaces to spaces, runs of spaces to one, no space before a final mark. */
export function normalizeLine(line: string): string {
  return line
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\t\f\v]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([,;:.!?])(?= |$)/g, '$1')
    .trim()
}
