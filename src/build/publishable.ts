import {VFileMessage} from 'vfile-message'
import type {Config} from '../model/config.js'
import {BuildError} from '../model/errors.js'
import type {Meeting} from '../model/meeting.js'
import {archiveRuleMessages} from '../lint/archive-rules.js'
import {applyRuleSettings} from '../lint/rule-settings.js'
import {withoutUnpublishedReferences} from '../site/unpublished-references.js'
import type {CachedFiles, LoadedMeeting} from './serialized-result.js'

/** The meetings a build publishes, and what the read made ahead for them, by slug. */
export interface Publishable {
  /** Every readable meeting, published or not. */
  meetings: Meeting[]
  /** The meetings the site shows: approved ones, and drafts when asked for, without references to the others. */
  published: Meeting[]
  /** The plain text of each meeting's items, as the parse made it (for the search index, which takes them). */
  itemTexts: Map<string, readonly string[]>
  /** The downloadable Markdown the parse made, for the meetings whose Markdown it made and the build publishes as read. */
  markdown: Map<string, string>
  /** The API file and Markdown the parse cache keeps ready for each meeting. */
  cachedFiles: Map<string, CachedFiles>
  /** Each meeting's parse-cache key: the same key, the same meeting. */
  parseKeys: Map<string, string>
  /** The meetings this read parsed rather than took from the cache. */
  parsed: Set<string>
  /** The messages that do not stop the build. */
  warnings: VFileMessage[]
}

/** What `check` says of a file that parsed to no meeting without saying why. */
function unreadableMeeting(path: string): VFileMessage {
  const message = new VFileMessage('Unexpected unreadable meeting, expected front matter with a title and a date', {
    place: {line: 1, column: 1},
    ruleId: 'front-matter',
    source: 'minutebook'
  })
  message.file = path
  message.fatal = true
  return message
}

/** The values of `loaded` by meeting slug, for the meetings where `pick` finds one. */
function bySlug<T>(loaded: readonly LoadedMeeting[], pick: (result: LoadedMeeting) => T | undefined): Map<string, T> {
  return new Map(
    loaded.flatMap((result) => {
      const value = pick(result)
      return result.meeting && value !== undefined ? [[result.meeting.slug, value] as const] : []
    })
  )
}

/**
 * The meetings read from an archive at `root`, checked as `check` checks them: the parser's messages, the source
 * rules run with the parse and the rules about the archive as a whole, each as `minutebook.yml`'s `rules:` sets
 * it. Throws {@link BuildError} with every error; otherwise gives the meetings to publish (drafts with `drafts`).
 */
export function publishable(root: string, loaded: readonly LoadedMeeting[], config: Config, drafts: boolean): Publishable {
  const meetings = loaded.flatMap((result) => (result.meeting ? [result.meeting] : []))
  const readable = loaded.flatMap((result) => (result.meeting ? [{path: result.path, meeting: result.meeting}] : []))
  const messages = applyRuleSettings([...loaded.flatMap((result) => result.messages), ...archiveRuleMessages(root, readable, config)], config)
  const fatal = messages.filter((message) => message.fatal === true)
  for (const result of loaded) {
    if (!result.meeting && !result.messages.some((message) => message.fatal === true)) fatal.push(unreadableMeeting(result.path))
  }
  if (fatal.length > 0) throw new BuildError(`${fatal.length} error${fatal.length === 1 ? '' : 's'} in the meetings; the previous output is unchanged`, fatal)

  const markdown = bySlug(loaded, (result) => result.outputs?.markdown)
  const cachedFiles = bySlug(loaded, (result) => result.cachedFiles)
  const chosen = meetings.filter((meeting) => meeting.status === 'approved' || drafts)
  // What a parse made ahead (the Markdown, the API file in the cache) still holds what the build leaves out.
  const {meetings: published, changed} = withoutUnpublishedReferences(chosen)
  for (const slug of changed) {
    cachedFiles.delete(slug)
    markdown.delete(slug)
  }
  return {
    meetings,
    published,
    // Kept apart from the Markdown: the search index lets each meeting's texts go once its shard is made, while the
    // Markdown waits for the data files, after the pages.
    itemTexts: bySlug(loaded, (result) => result.outputs?.itemTexts),
    markdown,
    cachedFiles,
    parseKeys: bySlug(loaded, (result) => result.parseKey),
    parsed: new Set(loaded.flatMap((result) => (result.meeting && result.parsed ? [result.meeting.slug] : []))),
    warnings: messages.filter((message) => message.fatal !== true)
  }
}
