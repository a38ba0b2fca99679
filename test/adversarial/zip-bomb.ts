import {writeFileSync} from 'node:fs'
import {crc32, createDeflateRaw, deflateRawSync} from 'node:zlib'

interface Entry {
  name: string
  data: Buffer
  crc: number
  size: number
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const relationships =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
const documentHead =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  '<w:p><w:r><w:t>Board Meeting</w:t></w:r></w:p><w:p><w:r><w:t>'
const documentTail = '</w:t></w:r></w:p></w:body></w:document>'

function small(name: string, text: string): Entry {
  const bytes = Buffer.from(text)
  return {name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length}
}

/** `word/document.xml` with `padding` spaces in its one paragraph, deflated as a stream (nothing that size is held). */
async function document(padding: number): Promise<Entry> {
  const deflate = createDeflateRaw({level: 9})
  const parts: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => parts.push(chunk))
  const done = new Promise((resolve) => deflate.once('end', resolve))
  let crc = 0
  let size = 0
  const write = async (chunk: Buffer) => {
    crc = crc32(chunk, crc)
    size += chunk.length
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  await write(Buffer.from(documentHead))
  const spaces = Buffer.alloc(1024 * 1024, 0x20)
  for (let left = padding; left > 0; left -= spaces.length) await write(left >= spaces.length ? spaces : spaces.subarray(0, left))
  await write(Buffer.from(documentTail))
  deflate.end()
  await done
  return {name: 'word/document.xml', data: Buffer.concat(parts), crc, size}
}

/**
 * Writes a `.docx` at `path` whose `word/document.xml` unpacks to about `padding` bytes; with `declared`, every header
 * states that size instead (a package that lies about what it holds).
 */
export async function writeZipBomb(path: string, padding: number, declared?: number): Promise<void> {
  const entries = [small('[Content_Types].xml', contentTypes), small('_rels/.rels', relationships), await document(padding)]
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const size = entry.name === 'word/document.xml' && declared !== undefined ? declared : entry.size
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(8, 8)
    header.writeUInt32LE(entry.crc >>> 0, 14)
    header.writeUInt32LE(entry.data.length, 18)
    header.writeUInt32LE(size, 22)
    header.writeUInt16LE(name.length, 26)
    local.push(header, name, entry.data)
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(8, 10)
    record.writeUInt32LE(entry.crc >>> 0, 16)
    record.writeUInt32LE(entry.data.length, 20)
    record.writeUInt32LE(size, 24)
    record.writeUInt16LE(name.length, 28)
    record.writeUInt32LE(offset, 42)
    central.push(record, name)
    offset += header.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  writeFileSync(path, Buffer.concat([...local, directory, end]))
}
