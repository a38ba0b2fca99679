import {readFile, readdir, stat} from 'node:fs/promises'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compareStrings} from '../text/compare.js'
import {listMeetingFiles} from '../archive/meeting-files.js'
import {defaultConfig, type Config} from '../model/config.js'
import {loadConfig} from '../parse/config.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import {slugFromPath} from '../text/slug.js'
import type {CheckedMeeting} from './rule.js'
import {applyRuleSettings} from './rule-settings.js'
import {checkRules} from './rules.js'
import {ConfigError, UnreadablePathError} from '../model/errors.js'

/** What {@link checkArchive} checks: the archive at `root`, all of it or only `paths` (files or folders). */
export interface CheckOptions {
  root: string
  /** Files or folders to report on, relative to the working directory; the whole archive is still read for cross-references. */
  paths?: readonly string[]
}

/** The checked files (in path order), each with its messages sorted by place. */
export interface CheckResult {
  root: string
  files: VFile[]
  /** How many meeting files were checked (`files` also holds `minutebook.yml` when it has problems). */
  checked: number
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

async function expand(root: string, path: string): Promise<string[]> {
  const absolute = resolve(path)
  let info
  try {
    info = await stat(absolute)
  } catch (error) {
    throw new UnreadablePathError(`cannot read \`${path}\` (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  if (!info.isDirectory()) return [toPosix(relative(root, absolute))]
  const entries = await readdir(absolute, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
}

async function readEntry(root: string, path: string, config: Config): Promise<CheckedMeeting> {
  const absolute = isAbsolute(path) ? path : join(root, path)
  let bytes: Uint8Array
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    // Reported on the file, as `build` does, instead of ending the whole check.
    const file = new VFile({path})
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    const message = file.message(`Unexpected meeting file that cannot be read (${code}), expected a readable file; check its permissions`, {
      place: {line: 1, column: 1},
      ruleId: 'unreadable',
      source: 'minutebook'
    })
    message.fatal = true
    return {path, slug: slugFromPath(path), text: '', file, tree: {type: 'root', children: []}, frontMatter: undefined, meeting: undefined}
  }
  const text = new TextDecoder().decode(bytes)
  // The rules about the source (headings, raw HTML) need the tree as written, before private blocks are
  // cut and contacts redacted: the parser keeps a copy instead of a second parse.
  const {meeting, file, sourceTree} = parseMeeting(bytes, {path, config, keepSourceTree: true})
  const tree = sourceTree ?? {type: 'root', children: []}
  return {path, slug: slugFromPath(path), text, file, tree, frontMatter: file.data.frontMatter, meeting}
}

/** The archive settings; when `minutebook.yml` is invalid, its file (with every problem) and the defaults. */
async function readConfig(root: string): Promise<{config: Config; problems: VFile[]}> {
  try {
    return {config: await loadConfig(root), problems: []}
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // Report the settings like any other file and still check the meetings, so one run shows everything.
    return {config: defaultConfig, problems: [error.file]}
  }
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.ruleId ?? '', b.ruleId ?? '') ||
    compareStrings(a.reason, b.reason)
  )
}

/**
 * Checks meetings of an archive: keeps every message the parser gives and runs the check rules,
 * which see the whole archive (duplicates, `approves:`). Never throws on content.
 */
export async function checkArchive(options: CheckOptions): Promise<CheckResult> {
  const root = resolve(options.root)
  const {config, problems} = await readConfig(root)
  const archivePaths = await listMeetingFiles(root)
  const requested =
    options.paths === undefined || options.paths.length === 0
      ? archivePaths
      : (await Promise.all(options.paths.map((path) => expand(root, path)))).flat()
  const paths = [...new Set([...archivePaths, ...requested])].sort(compareStrings)
  const archive = await Promise.all(paths.map((path) => readEntry(root, path, config)))
  const wanted = new Set(requested)
  // Cross-references look only at real archive files, so a stray file named on the command line
  // is reported itself but never makes a correct meeting look like a duplicate.
  const inArchive = archive.filter((entry) => archivePaths.includes(entry.path))
  const checked = archive.filter((entry) => wanted.has(entry.path))
  for (const entry of checked) {
    for (const rule of checkRules) rule.check({entry, archive: inArchive, config})
    entry.file.messages = applyRuleSettings(entry.file.messages, config).sort(compareMessages)
  }
  return {root, files: [...problems, ...checked.map((entry) => entry.file)], checked: checked.length}
}
