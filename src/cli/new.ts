import {existsSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {Command} from 'commander'
import {stringify} from 'yaml'
import {buildActionLedger, type LedgerAction} from '../archive/action-ledger.js'
import {compareMeetings} from '../text/compare.js'
import {listMeetingFiles} from '../archive/meeting-files.js'
import type {AttendeeEntry, FrontMatter} from '../model/front-matter.js'
import {isCalendarDate} from '../model/front-matter-schema.js'
import type {Meeting} from '../model/meeting.js'
import {loadConfig} from '../parse/config.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import {splitFrontMatter} from '../text/front-matter-split.js'
import {nearest} from '../text/nearest.js'
import {titleSlug} from '../text/slug.js'
import {archiveRoot} from './archive-root.js'
import {shippedFile} from './shipped.js'
import {UserError} from '../model/errors.js'

/** What goes into a new meeting file besides the template's own text. */
export interface NewMeeting {
  title: string
  date: string
  series?: string
  /** The series' last meeting before this one, whose attendees and open actions carry over. */
  previous?: {meeting: Meeting; frontMatter: FrontMatter}
  /** Actions still open after the previous meeting, listed for follow-up. */
  openActions: readonly LedgerAction[]
  /** Path of the `$schema` the template references, relative to the new file. */
  schemaPath: string
}

function attendeeValue(entry: AttendeeEntry): string | Record<string, unknown> {
  if (entry.role === undefined && (entry.aliases ?? []).length === 0) {
    return entry.organization === undefined ? entry.name : `${entry.name} (${entry.organization})`
  }
  return {
    name: entry.name,
    ...(entry.organization === undefined ? {} : {organization: entry.organization}),
    ...(entry.role === undefined ? {} : {role: entry.role}),
    ...((entry.aliases ?? []).length === 0 ? {} : {aliases: entry.aliases})
  }
}

/**
 * Sets (or, when `value` is undefined, comments out) one top-level key in front matter text,
 * in place: a commented-out `# key:` line of the template is replaced, so its order is kept.
 */
function setFrontMatterKey(yaml: string, key: string, value: unknown): string {
  const lines = yaml.split('\n')
  const index = lines.findIndex((line) => new RegExp(`^(?:#\\s*)?${key}\\s*:`).test(line))
  const commented = index >= 0 && lines[index]!.startsWith('#')
  let end = index + 1
  // A block value (list or map) continues on indented lines or `- ` items under an active key.
  if (index >= 0 && !commented) while (end < lines.length && /^(?:\s|- )/.test(lines[end]!)) end++
  if (value === undefined) {
    if (index < 0 || commented) return yaml
    lines.splice(index, end - index, ...lines.slice(index, end).map((line) => `# ${line}`))
    return lines.join('\n')
  }
  const rendered = stringify({[key]: value}, {lineWidth: 0}).trimEnd().split('\n')
  if (index < 0) return [...lines, ...rendered].join('\n')
  lines.splice(index, end - index, ...rendered)
  return lines.join('\n')
}

/** An open action as a task item the secretary ticks when it is reported done. */
function carriedItem(entry: LedgerAction): string {
  const {text, owner} = entry.action
  const named = owner === undefined || text.toLowerCase().includes(owner.toLowerCase())
  return `- [ ] ${named ? text : `${owner} to ${text}`}`
}

/** Fills the meeting template: front matter values, schema path, and carried actions under "Matters arising". */
function fillTemplate(template: string, meeting: NewMeeting): string {
  const split = splitFrontMatter(template)
  let yaml = split?.yaml ?? ''
  const body = split?.body ?? template
  const previous = meeting.previous
  yaml = yaml.replace(/(\$schema=)\S+/, `$1${meeting.schemaPath}`)
  yaml = setFrontMatterKey(yaml, 'title', meeting.title)
  yaml = setFrontMatterKey(yaml, 'date', meeting.date)
  yaml = setFrontMatterKey(yaml, 'series', meeting.series)
  yaml = setFrontMatterKey(yaml, 'status', 'draft')
  if (previous) {
    const {frontMatter} = previous
    if (frontMatter.chair) yaml = setFrontMatterKey(yaml, 'chair', frontMatter.chair.name)
    if (frontMatter.location !== undefined) yaml = setFrontMatterKey(yaml, 'location', frontMatter.location)
    if (frontMatter.attendees.length > 0) yaml = setFrontMatterKey(yaml, 'attendees', frontMatter.attendees.map(attendeeValue))
    // The next meeting of a series usually adopts the minutes of the one before.
    yaml = setFrontMatterKey(yaml, 'approves', previous.meeting.slug)
  }
  let text = body
  if (meeting.openActions.length > 0) {
    const list = meeting.openActions.map(carriedItem).join('\n')
    const heading = /^#{1,6}[ \t]+(?:.*\b(?:matters arising|actions?|follow-up)\b.*)$/im.exec(text)
    if (heading) {
      const at = heading.index + heading[0].length
      const after = text.slice(at)
      text = `${text.slice(0, at)}\n\n${list}${after.startsWith('\n') ? '' : '\n'}${after}`
    } else {
      text = `${text.trimEnd()}\n\n## Matters arising\n\n${list}\n`
    }
  }
  return `---\n${yaml}\n---\n${text}`
}

async function readArchive(root: string): Promise<Array<{meeting: Meeting; frontMatter: FrontMatter}>> {
  const config = await loadConfig(root)
  const read = []
  for (const path of await listMeetingFiles(root)) {
    const {meeting, file} = parseMeeting(await readFile(join(root, path)), {path, config})
    if (meeting && file.data.frontMatter) read.push({meeting, frontMatter: file.data.frontMatter})
  }
  return read
}

/** The archive's file at `path` when it has one (an override), else the one shipped with minutebook. */
function ownOrShipped(root: string, path: string): string {
  const own = join(root, path)
  return existsSync(own) ? own : shippedFile(path)
}

/**
 * The JSON Schema a new meeting points editors at: the archive's `schemas/` when it has one (this repository does),
 * else the one of the minutebook it installs (`node_modules/minutebook/schemas/`), where `npm install` puts it.
 */
function schemaFile(root: string): string {
  const own = join(root, 'schemas', 'meeting.schema.json')
  return existsSync(own) ? own : join(root, 'node_modules', 'minutebook', 'schemas', 'meeting.schema.json')
}

/**
 * The warning for a series no earlier meeting has when one that does is spelled nearly the same: a typo would
 * start a series of its own, with its own page and feed, and carry over nothing.
 */
function seriesWarning(series: string | undefined, known: readonly string[]): string | undefined {
  if (series === undefined || known.includes(series)) return undefined
  const suggestion = nearest(series, known)
  if (suggestion === undefined) return undefined
  return `minutebook: warning: no earlier meeting has the series \`${series}\`; did you mean \`${suggestion}\`? (if so, correct \`series:\` in the new file)\n`
}

/** `minutebook new --title T --date D [--series S] [--root DIR]`: writes a draft from the template and prints its path. */
export function newCommand(): Command {
  return new Command('new')
    .description('start the minutes of a meeting from templates/meeting.md (the archive\'s, else the one shipped)')
    .requiredOption('--title <title>', 'title of the meeting')
    .requiredOption('--date <date>', 'date of the meeting, YYYY-MM-DD')
    .option('--series <series>', 'the body that met; carries its attendees and open actions')
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .action(async (options: {title: string; date: string; series?: string; root?: string}) => {
      if (!isCalendarDate(options.date)) {
        throw new UserError(`Unexpected date \`${options.date}\`, expected a calendar date written YYYY-MM-DD`)
      }
      const root = archiveRoot(options.root)
      const slug = `${options.date}-${titleSlug(options.title)}`
      const target = join(root, 'meetings', options.date.slice(0, 4), `${slug}.md`)
      const templatePath = ownOrShipped(root, join('templates', 'meeting.md'))
      let template: string
      try {
        template = await readFile(templatePath, 'utf8')
      } catch (error) {
        throw new UserError(`cannot read \`${relative(process.cwd(), templatePath)}\` (${(error as NodeJS.ErrnoException).code ?? String(error)}), expected the meeting template`)
      }
      const series = options.series ?? ''
      const archive = await readArchive(root)
      const warning = seriesWarning(options.series, [...new Set(archive.flatMap(({meeting}) => (meeting.series === undefined ? [] : [meeting.series])))])
      const earlier = archive
        .filter(({meeting}) => meeting.date < options.date)
        .sort((a, b) => compareMeetings(a.meeting, b.meeting))
      const previous = earlier.filter(({meeting}) => (meeting.series ?? '') === series).at(-1)
      const openActions = buildActionLedger(earlier.map(({meeting}) => meeting)).filter(
        (entry) => entry.status === 'open' && (entry.series ?? '') === series
      )
      const text = fillTemplate(template, {
        title: options.title,
        date: options.date,
        ...(options.series === undefined ? {} : {series: options.series}),
        ...(previous === undefined ? {} : {previous}),
        openActions,
        schemaPath: relative(dirname(target), schemaFile(root)).split(sep).join('/')
      })
      await mkdir(dirname(target), {recursive: true})
      try {
        await writeFile(target, text, {flag: 'wx'})
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UserError(`${relative(process.cwd(), target)} already exists; edit it, or choose another --title`)
        }
        throw error
      }
      process.stdout.write(`${relative(process.cwd(), target).split(sep).join('/')}\n`)
      if (warning !== undefined) process.stderr.write(warning)
    })
}
