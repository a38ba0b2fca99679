import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {defaultConfig, type Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {Meeting} from '../model/meeting.js'
import {extractMeeting, type ExtractedMeeting} from './meeting.js'
import {readFrontMatterSource} from '../parse/front-matter.js'
import {guardParser, type MarkdownParser} from '../parse/guarded-parser.js'
import {applyLinearEditMap} from '../parse/patches/edit-map-consume.js'
import {removePrivateBlocks} from '../parse/private-blocks.js'
import {redactContacts} from '../parse/redact.js'
import {redactFrontMatter} from '../parse/redact-front-matter.js'

/** Options of {@link remarkMinutes}. */
export interface Options {
  /** Archive settings (registry, cues, privacy); defaults when absent. */
  config?: Config
}

declare module 'vfile' {
  interface DataMap {
    /** Validated front matter, when it could be read. */
    frontMatter: FrontMatter
    /** The extracted meeting; absent when the front matter is unusable. */
    meeting: Meeting
  }
}

const emptyOptions: Options = {}

/**
 * Reads a parsed meeting: hardened front matter, private blocks cut, contacts redacted, then every extractor.
 * Undefined when the front matter is unusable or a message is fatal. What {@link remarkMinutes} runs, as a function
 * that returns what it reads (with the sanitised tree of each section, which the Meeting does not hold).
 */
export function readMinutes(tree: Root, file: VFile, config: Config = defaultConfig): ExtractedMeeting | undefined {
  const read = readFrontMatterSource(file, config.customFrontMatter)
  removePrivateBlocks(tree, file)
  if (config.privacy.redactContacts) redactContacts(tree, file)
  if (!read) return undefined
  // Front matter is published too: the same redaction, before any extractor or output sees a value.
  const frontMatter = config.privacy.redactContacts ? redactFrontMatter(read.frontMatter, read.source, file) : read.frontMatter
  file.data.frontMatter = frontMatter
  const extracted = extractMeeting(tree, file, frontMatter, config)
  // The archive's own keys reach its templates (and the JSON API) as they were written, redacted like the rest.
  if (frontMatter.custom !== undefined) extracted.meeting.custom = frontMatter.custom
  return file.messages.some((message) => message.fatal === true) ? undefined : extracted
}

/**
 * unified plugin that reads a meeting ({@link readMinutes}); the result goes on `file.data.meeting`.
 * Use after remark-parse, remark-gfm and remark-frontmatter: it also guards their parser against
 * meetings too large or too deeply nested (see `guardParser`), and applies the library patches it needs to stay
 * linear on long meetings (see `applyLinearEditMap`).
 */
export default function remarkMinutes(this: {parser?: unknown}, options?: Options | null) {
  const config = (options ?? emptyOptions).config ?? defaultConfig
  // micromark as patched (see parse/patches/), then too large or too deeply nested input refused before it spends
  // minutes on it.
  applyLinearEditMap()
  if (typeof this.parser === 'function') this.parser = guardParser(this.parser as MarkdownParser)
  return function transform(tree: Root, file: VFile): undefined {
    const read = readMinutes(tree, file, config)
    if (read) file.data.meeting = read.meeting
  }
}
