import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Root} from 'mdast'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {Meeting} from '../model/meeting.js'
import {slugFromPath} from '../text/slug.js'
import type {CheckedMeeting, Rule} from './rule.js'
import {approvesUnknown} from './rules/approves-unknown.js'
import {duplicateMeeting} from './rules/duplicate-meeting.js'
import {duplicateSlug} from './rules/duplicate-slug.js'
import {fileName} from './rules/file-name.js'

/**
 * The error rules about the archive as a whole (file names, one page per slug, one meeting a day per series,
 * `approves:`), which `build` runs on the meetings it read, parsed or cached, so it publishes nothing `check` calls
 * an error, and says so in `check`'s words.
 */
const archiveRules: readonly Rule[] = [fileName, duplicateSlug, duplicateMeeting, approvesUnknown]

/** The front matter these rules read, as the parse kept it in the meeting. */
function frontMatterOf(meeting: Meeting): FrontMatter {
  return {
    title: meeting.title,
    date: meeting.date,
    ...(meeting.series === undefined ? {} : {series: meeting.series}),
    status: meeting.status,
    attendees: [],
    apologies: [],
    ...(meeting.approves === undefined ? {} : {approves: meeting.approves}),
    closes: meeting.closes ?? [],
    tags: []
  }
}

/** A meeting as the rules see it; its text, which only places a message, is read when a rule asks for it. */
class BuiltMeeting implements CheckedMeeting {
  readonly slug: string
  readonly file: VFile
  readonly tree: Root = {type: 'root', children: []}
  readonly frontMatter: FrontMatter
  #text: string | undefined

  constructor(
    private readonly root: string,
    readonly path: string,
    readonly meeting: Meeting
  ) {
    this.slug = slugFromPath(path)
    this.file = new VFile({path})
    this.frontMatter = frontMatterOf(meeting)
  }

  get text(): string {
    try {
      this.#text ??= readFileSync(join(this.root, this.path), 'utf8')
    } catch (error) {
      // Deleted since it was parsed: the message goes on line 1. Any other failure is not "no text".
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.#text = ''
    }
    return this.#text
  }
}

/** The messages of {@link archiveRules} on the readable meetings of an archive at `root`, in path order. */
export function archiveRuleMessages(root: string, meetings: ReadonlyArray<{path: string; meeting: Meeting}>, config: Config): VFileMessage[] {
  const archive = meetings.map(({path, meeting}) => new BuiltMeeting(root, path, meeting))
  for (const entry of archive) for (const rule of archiveRules) rule.check({entry, archive, config})
  return archive.flatMap((entry) => entry.file.messages)
}
