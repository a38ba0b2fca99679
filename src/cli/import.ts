import {readFile} from 'node:fs/promises'
import {basename, relative, resolve} from 'node:path'
import {Command} from 'commander'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {convertMinutes} from '../import/convert.js'
import type {FrontMatterFlags} from '../import/front-matter.js'
import {placeNotes} from '../import/locate.js'
import {meetingPath, writeNewFile} from '../import/writer.js'
import {loadConfig} from '../parse/config.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import {archiveRootOrHere} from './archive-root.js'
import {formatMessage} from './format.js'
import {ImportError, UserError} from '../model/errors.js'

/** Options of `minutebook import`, as commander gives them. */
export interface ImportOptions extends FrontMatterFlags {
  /** The archive root, relative to the working directory (found from it up by the command). */
  root: string
  out?: string
  dryRun?: boolean
}

/** Where the command writes: results on `out`, progress and messages on `err`. */
export interface ImportIo {
  out: (text: string) => void
  err: (text: string) => void
  /** Working directory that printed paths are relative to. */
  cwd: string
}

/** How one file went. */
export interface ImportOutcome {
  file: string
  status: 'imported' | 'needs attention' | 'failed'
  /** Written (or, with `--dry-run`, would-be) path, relative to the working directory. */
  target?: string
  /** Why it failed, or how many messages to look at. */
  detail: string
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Imports one file; returns its outcome, printing the Markdown (dry run) and the messages about the result. */
async function importOne(file: string, options: ImportOptions, io: ImportIo, flags: FrontMatterFlags): Promise<ImportOutcome> {
  const root = resolve(io.cwd, options.root)
  const source = resolve(io.cwd, file)
  let bytes: Uint8Array
  try {
    bytes = await readFile(source)
  } catch (error) {
    throw new ImportError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const converted = await convertMinutes(bytes, basename(file), flags)
  const meetingsDir = options.out === undefined ? resolve(root, 'meetings') : resolve(io.cwd, options.out)
  const target = meetingPath(meetingsDir, converted.date, converted.title)
  const shown = relative(io.cwd, target) || target
  if (options.dryRun) io.out(`${converted.markdown}`)
  else await writeNewFile(target, converted.markdown, shown)

  // What `check` would say: the importer's own notes, then the parser's messages on the written file.
  const vfile = new VFile({path: target, value: converted.markdown})
  placeNotes(converted.notes, converted.markdown, vfile)
  const parsed = parseMeeting(converted.markdown, {path: relative(root, target), config: await loadConfig(root)})
  const messages: VFileMessage[] = [...vfile.messages]
  for (const message of parsed.messages) {
    message.file = target
    messages.push(message)
  }
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  for (const message of messages) io.err(formatMessage(message, io.cwd) + '\n')

  const items = parsed.meeting?.items.length ?? 0
  const verb = options.dryRun ? 'would write' : 'wrote'
  // In a dry run stdout carries only the Markdown, so it can be redirected to a file as is.
  ;(options.dryRun ? io.err : io.out)(`${verb} ${shown} (${plural(items, 'agenda item')}) from ${file}\n`)
  return {
    file,
    status: messages.length === 0 ? 'imported' : 'needs attention',
    target: shown,
    detail: messages.length === 0 ? shown : `${shown} (${plural(messages.length, 'message')})`
  }
}

/** The summary table of a several-file import, columns padded to their widest cell. */
function summaryTable(outcomes: ImportOutcome[]): string {
  const rows = [['file', 'result', 'written to / reason'], ...outcomes.map((o) => [o.file, o.status, o.detail])]
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  const lines = rows.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!}`.trimEnd())
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length
  const totals = `${plural(outcomes.length, 'file')}: ${count('imported')} imported, ${count('needs attention')} need attention, ${count('failed')} failed`
  return `${lines.join('\n')}\n${totals}\n`
}

/**
 * Runs `minutebook import`: converts each file, writes it (never over an existing one), prints what the
 * parser says about the result; several files get a progress line each and a summary table.
 * Throws {@link UserError} when a single file fails, or when any of several failed (after the table).
 */
export async function runImport(files: string[], options: ImportOptions, io: ImportIo): Promise<ImportOutcome[]> {
  const flags: FrontMatterFlags = {
    ...(options.title === undefined ? {} : {title: options.title}),
    ...(options.date === undefined ? {} : {date: options.date}),
    ...(options.series === undefined ? {} : {series: options.series})
  }
  if (files.length > 1 && (flags.title !== undefined || flags.date !== undefined)) {
    // One title or date for many meetings would file them all as the same meeting.
    throw new UserError('`--title` and `--date` name one meeting; import several files without them, or one at a time')
  }
  const outcomes: ImportOutcome[] = []
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.err(`[${index + 1}/${files.length}] importing ${file}\n`)
    try {
      outcomes.push(await importOne(file, options, io, flags))
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      if (files.length === 1) throw new UserError(error.message)
      io.err(`minutebook: ${error.message}\n`)
      outcomes.push({file, status: 'failed', detail: error.message.replace(`${file}: `, '')})
    }
  }
  if (files.length > 1) {
    io.out(`\n${summaryTable(outcomes)}`)
    const failed = outcomes.filter((outcome) => outcome.status === 'failed').length
    if (failed > 0) throw new UserError(`${plural(failed, 'file')} of ${files.length} could not be imported (see the table)`)
  }
  if (!options.dryRun && outcomes.some((outcome) => outcome.status !== 'failed')) {
    io.out('Check each file by hand and fix what the messages point at; the import is filed as `status: draft`.\n')
  }
  return outcomes
}

/** `minutebook import <file...>`: turns existing minutes (Word, HTML, text, Markdown) into archive meetings. */
export function importCommand(): Command {
  return new Command('import')
    .description('turn existing minutes (.docx, .txt, .md, .html) into meetings/YYYY/YYYY-MM-DD-<slug>.md')
    .argument('<file...>', 'files of minutes to import')
    .option('--out <dir>', 'meetings folder to write into (default: <root>/meetings)')
    .option('--title <title>', 'meeting title (default: the title the document states)')
    .option('--date <date>', 'meeting date as YYYY-MM-DD (default: the date the document states)')
    .option('--series <series>', 'series the meeting belongs to')
    .option('--dry-run', 'print the Markdown instead of writing it')
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .action(async (files: string[], options: Omit<ImportOptions, 'root'> & {root?: string}) => {
      const io: ImportIo = {
        out: (text) => void process.stdout.write(text),
        err: (text) => void process.stderr.write(text),
        cwd: process.cwd()
      }
      // Old minutes may be the start of an archive: with none found, meetings/ is made here.
      const root = archiveRootOrHere(options.root)
      await runImport(files, {...options, root}, io)
    })
}
