import {Document, isMap, isScalar} from 'yaml'
import {isCalendarDate} from '../model/front-matter-schema.js'
import {titleFromFileName} from './infer.js'
import type {ImportNote} from './note.js'
import {ImportError} from '../model/errors.js'

/** Front matter values given on the command line; each wins over what the document says. */
export interface FrontMatterFlags {
  title?: string
  date?: string
  series?: string
}

/** Values the document itself states (its title line, a date at its top). */
export interface StatedValues {
  title?: string
  date?: string
}

/** Input of {@link buildFrontMatter}. */
export interface FrontMatterInput {
  flags: FrontMatterFlags
  stated: StatedValues
  /** Front matter the file already had (Markdown import); its other keys are kept. */
  existing?: Document
  /** Name of the imported file, for a title of last resort, a date in the name, and messages. */
  fileName: string
}

/** The YAML text (without fences) plus the title and date chosen, and notes about guesses. */
export interface BuiltFrontMatter {
  yaml: string
  title: string
  date: string
  notes: ImportNote[]
}

function existingString(document: Document | undefined, key: string): string | undefined {
  const node = document?.get(key, true)
  if (!isScalar(node)) return undefined
  const value: unknown = node.value
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined
}

function chooseDate(input: FrontMatterInput): string {
  const {flags, stated, existing, fileName} = input
  if (flags.date !== undefined) {
    if (!isCalendarDate(flags.date)) {
      throw new ImportError(`Unexpected \`--date ${flags.date}\`, expected a real day as YYYY-MM-DD, like \`2007-02-28\``)
    }
    return flags.date
  }
  const date = existingString(existing, 'date') ?? stated.date ?? /\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0]
  if (date !== undefined && isCalendarDate(date)) return date
  throw new ImportError(
    `${fileName}: the meeting date is not stated at the top of the document nor in its file name; ` +
      'give it with `--date YYYY-MM-DD` (one file at a time), like `--date 2007-02-28`, or start the file name with it'
  )
}

/**
 * Builds the front matter of an imported meeting: `title`, `date`, `series` from the flags, else from the
 * file's own front matter, else from the document; `status: draft` always, since nobody has checked it yet.
 * Throws {@link ImportError} when no date can be found, so the secretary is asked for `--date`.
 */
export function buildFrontMatter(input: FrontMatterInput): BuiltFrontMatter {
  const {flags, stated, existing, fileName} = input
  const notes: ImportNote[] = []
  const date = chooseDate(input)
  let title = flags.title ?? existingString(existing, 'title') ?? stated.title
  if (title === undefined) {
    title = titleFromFileName(fileName)
    notes.push({
      reason: `Unexpected document without a title, expected one: \`${title}\` was made from the file name; change it here or import again with \`--title\``,
      ruleId: 'import-title',
      anchor: 'title:'
    })
  } else if (flags.title !== undefined && stated.title !== undefined && stated.title !== flags.title) {
    notes.push({
      reason: `Unexpected title \`${stated.title}\` in the document, expected the \`--title\` given: the document's title line was replaced by it`,
      ruleId: 'import-title',
      anchor: 'title:'
    })
  }
  const series = flags.series ?? existingString(existing, 'series')
  const previousStatus = existingString(existing, 'status')
  if (previousStatus !== undefined && previousStatus !== 'draft') {
    notes.push({
      reason: `Unexpected \`status: ${previousStatus}\` on an imported file, expected \`draft\`: set it back once the import is checked`,
      ruleId: 'import-status',
      anchor: 'status:'
    })
  }

  // The known keys first, in the order the archive's own meetings use; other keys follow as they were.
  const document = new Document({title, date, ...(series === undefined ? {} : {series}), status: 'draft'})
  const contents = existing?.contents
  for (const pair of isMap(contents) ? contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    if (['title', 'date', 'series', 'status'].includes(key)) continue
    document.set(pair.key, pair.value)
  }
  return {yaml: document.toString(), title, date, notes}
}
