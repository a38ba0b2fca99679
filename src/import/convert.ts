import {extname} from 'node:path'
import type {Root} from 'mdast'
import {decodeText} from './decode.js'
import {readDocx} from './docx.js'
import {buildFrontMatter, type FrontMatterFlags} from './front-matter.js'
import {readHtml} from './html.js'
import {inferDate} from './infer.js'
import {checkImportText} from './limits.js'
import {toMarkdown} from './markdown.js'
import {readMarkdown} from './md.js'
import type {ImportNote} from './note.js'
import {readText} from './text.js'
import {ImportError} from '../model/errors.js'

/** The kinds of file import reads, chosen by extension. */
export type SourceKind = 'docx' | 'html' | 'md' | 'text'

const kinds: Record<string, SourceKind> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'text',
  '.text': 'text'
}

/** A converted meeting: its whole Markdown (front matter included), the title and date chosen, and notes. */
export interface ConvertedMeeting {
  markdown: string
  title: string
  date: string
  notes: ImportNote[]
}

/** The kind of a file from its extension; throws {@link ImportError} naming the kinds import reads. */
function sourceKind(fileName: string): SourceKind {
  const extension = extname(fileName).toLowerCase()
  const kind = kinds[extension]
  if (kind) return kind
  const hint = extension === '.doc' ? ': open it in Word or LibreOffice and save it as .docx' : ''
  throw new ImportError(
    `${fileName}: Unexpected file type \`${extension || '(none)'}\`, expected \`.docx\`, \`.txt\`, \`.md\` or \`.html\`${hint}`
  )
}

/** The body tree of a non-Markdown source, the title and date it states, and notes. */
async function readBody(kind: Exclude<SourceKind, 'md'>, bytes: Uint8Array, fileName: string) {
  if (kind === 'docx') return readDocx(bytes, fileName)
  const decoded = decodeText(bytes)
  checkImportText(decoded.text, fileName, {lines: kind === 'text'})
  const read = kind === 'html' ? readHtml(decoded.text) : readText(decoded.text)
  return {...read, notes: [...decoded.notes, ...read.notes]}
}

function datesFrom(tree: Root, title: string | undefined): string | undefined {
  // The date a document states is in its title or its first lines.
  const head = [title ?? '', toMarkdown({type: 'root', children: tree.children.slice(0, 12)})].join('\n')
  return inferDate(head)
}

/**
 * Converts one file of existing minutes (Word, HTML, plain text or Markdown) into an archive meeting:
 * front matter with `status: draft`, then the body. Throws {@link ImportError} for files it cannot read
 * and when no meeting date is given or stated.
 */
export async function convertMinutes(bytes: Uint8Array, fileName: string, flags: FrontMatterFlags): Promise<ConvertedMeeting> {
  const kind = sourceKind(fileName)
  if (kind === 'md') {
    const decoded = decodeText(bytes)
    checkImportText(decoded.text, fileName, {lines: true})
    const read = readMarkdown(decoded.text, fileName)
    const stated = {...(read.title === undefined ? {} : {title: read.title}), ...(read.date === undefined ? {} : {date: read.date})}
    const built = buildFrontMatter({flags, stated, ...(read.existing ? {existing: read.existing} : {}), fileName})
    const body = read.body.startsWith('\n') ? read.body : `\n${read.body}`
    const notes = [...decoded.notes, ...built.notes]
    if (!/^ {0,3}#{1,6}[ \t]/m.test(read.body)) {
      notes.push({
        reason: 'Unexpected Markdown without headings, expected one `## ` heading per agenda item: put `## ` before each item title',
        ruleId: 'import-no-headings'
      })
    }
    return {markdown: `---\n${built.yaml}---\n${body}`, title: built.title, date: built.date, notes}
  }
  const read = await readBody(kind, bytes, fileName)
  const date = datesFrom(read.tree, read.title)
  const stated = {...(read.title === undefined ? {} : {title: read.title}), ...(date === undefined ? {} : {date})}
  const built = buildFrontMatter({flags, stated, fileName})
  const body = read.tree.children.length > 0 ? toMarkdown(read.tree) : ''
  return {markdown: `---\n${built.yaml}---\n\n${body}`, title: built.title, date: built.date, notes: [...read.notes, ...built.notes]}
}
