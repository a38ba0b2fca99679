import mammoth from 'mammoth'
import {checkImportText, checkUnpackedSize} from './limits.js'
import {documentTitleClass, readHtml, type HtmlImport} from './html.js'
import type {ImportNote} from './note.js'
import {ImportError} from '../model/errors.js'

/**
 * How Word paragraph styles become HTML (mammoth's defaults, which map `Heading 1`-`6`, bold runs, lists
 * from Word's numbering, and tables, still apply after these).
 */
const styleMap = [
  `p[style-name='Title'] => h1.${documentTitleClass}:fresh`,
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "r[style-name='Strong'] => strong",
  'b => strong',
  'i => em'
]

/** Zip files (and so .docx packages) start with `PK\x03\x04`; Word 97-2003 `.doc` files with an OLE header. */
function checkPackage(bytes: Uint8Array, fileName: string): void {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError(
      `${fileName}: Unexpected old Word 97-2003 (.doc) file, expected a .docx file: open it in Word or LibreOffice and save it as .docx`
    )
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError(
      `${fileName}: Unexpected content, expected a Word .docx file (a zip package): the file is damaged or not a Word file; open it in Word and save it again as .docx`
    )
  }
}

/** Turns mammoth's warnings into notes, one per distinct message, the unknown styles named. */
function notesFrom(messages: {type: string; message: string}[]): ImportNote[] {
  const notes: ImportNote[] = []
  const seen = new Set<string>()
  for (const {message} of messages) {
    if (seen.has(message)) continue
    seen.add(message)
    const style = /Unrecognised (paragraph|run) style: '([^']*)'/.exec(message)
    notes.push({
      reason: style
        ? `Unexpected Word ${style[1]} style \`${style[2]}\`, expected a standard style: its text was imported as plain text; check whether it held item titles`
        : `Unexpected content in the Word file, expected plain paragraphs: ${message}`,
      ruleId: 'import-docx'
    })
  }
  return notes
}

/** Reads a Word .docx file into a Markdown tree through mammoth and the HTML reader. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<HtmlImport> {
  checkPackage(bytes, fileName)
  await checkUnpackedSize(bytes, fileName)
  let result: {value: string; messages: {type: string; message: string}[]}
  try {
    result = await mammoth.convertToHtml(
      {buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
      // Images are left out (src ''), the HTML reader counts them; embedding them as data: URIs would bloat the file.
      {styleMap, convertImage: mammoth.images.imgElement(async () => ({src: ''}))}
    )
  } catch (error) {
    const detail = error instanceof Error ? error.message.split(/[.?]\s/)[0] : String(error)
    throw new ImportError(
      `${fileName}: Unexpected content, expected a Word .docx document (${detail}): the file is damaged or not a Word file; open it in Word and save it again as .docx`
    )
  }
  checkImportText(result.value, fileName, {lines: false})
  const read = readHtml(result.value)
  return {...read, notes: [...notesFrom(result.messages), ...read.notes]}
}
