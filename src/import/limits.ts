import JSZip from 'jszip'
import {ImportError} from '../model/errors.js'

/** Most characters of text read for one meeting (a `.txt`, `.md` or `.html` file, or the HTML a `.docx` becomes): 4 Mi, eight times the size of the largest meeting. */
const maxImportCharacters = 4 * 1024 * 1024

/** Longest line of a `.txt` or `.md` file read: 64 Ki characters, some thirty pages without a line break. */
const maxImportLine = 64 * 1024

/** Most bytes the XML parts of a `.docx` may unpack to: 64 MiB; the text of a 150-page document takes a few. */
const maxUnpackedBytes = 64 * 1024 * 1024

/** Options of {@link checkImportText}. */
export interface TextLimits {
  /** Also bound the length of each line (plain text and Markdown; HTML may be one long line). */
  lines: boolean
}

/** Throws {@link ImportError} when `text` is longer than one meeting's import may be, or (with `lines`) holds a line too long. */
export function checkImportText(text: string, fileName: string, limits: TextLimits): void {
  if (text.length > maxImportCharacters) {
    throw new ImportError(
      `${fileName}: Unexpected text of ${text.length} characters, expected at most ${maxImportCharacters} (4 Mi) for one meeting; split the file into one file per meeting`
    )
  }
  if (!limits.lines) return
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (end - start > maxImportLine) {
      throw new ImportError(
        `${fileName}:${line}:1: Unexpected line of ${end - start} characters, expected at most ${maxImportLine}; the file is not minutes as text, or lost its line breaks`
      )
    }
    start = end + 1
  }
}

/** jszip's stream of a part's content (documented as `ZipObject#internalStream`; its type declarations leave it out). */
interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream
  on(event: 'error' | 'end', listener: () => void): PartStream
  resume(): PartStream
  pause(): PartStream
}

function partStream(part: JSZip.JSZipObject): PartStream {
  return (part as unknown as {internalStream(type: 'uint8array'): PartStream}).internalStream('uint8array')
}

/** The parts of a Word package mammoth reads and parses whole; media it leaves packed (images are never read). */
const parsedPart = /\.(?:xml|rels)$/i

/**
 * Throws {@link ImportError} when the XML parts of a `.docx` package unpack to more than {@link maxUnpackedBytes}: a
 * small file that unpacked to hundreds of times its size ended the import out of memory. Each part is inflated as a
 * stream and counted, so a package that states smaller sizes than it holds is stopped as soon as it passes the bound,
 * before mammoth unpacks anything. A package jszip cannot read is left to mammoth, which says so.
 */
export async function checkUnpackedSize(bytes: Uint8Array, fileName: string): Promise<void> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return
  }
  let total = 0
  const parts = Object.values(zip.files).filter((entry) => !entry.dir && parsedPart.test(entry.name))
  for (const part of parts) {
    const unpacked = await new Promise<'ok' | 'over' | 'damaged'>((resolve) => {
      // jszip inflates a part chunk by chunk as its stream flows, and stops when it is paused.
      const stream = partStream(part)
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length
          if (total <= maxUnpackedBytes) return
          stream.pause()
          resolve('over')
        })
        .on('error', () => resolve('damaged'))
        .on('end', () => resolve('ok'))
        .resume()
    })
    if (unpacked === 'over') {
      throw new ImportError(
        `${fileName}: Unexpected Word document whose text unpacks to more than ${maxUnpackedBytes} bytes (64 MiB; at \`${part.name}\`), expected a document of minutes; the file is damaged or built to exhaust memory`
      )
    }
    // A damaged part is mammoth's to report (if it reads it), with its message for damaged files; the rest are counted.
  }
}
