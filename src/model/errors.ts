/**
 * Every error class of minutebook, in one place: what each command may throw, and what the CLI turns into a
 * message and an exit code (see `src/cli/main.ts`). Each says when it is thrown; names and messages are part of
 * what users and scripts see, so they stay stable.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Thrown by `loadConfig` when `minutebook.yml` is invalid. `messages` holds every problem (fatal vfile messages
 * with line and column, rule ids `encoding`, `config-yaml`, `config-schema`, `config-unknown-key`); commands print
 * them like any other diagnostics and exit 1.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
  /** Every problem found, in file order. */
  readonly messages: VFileMessage[]
  /** The settings file the messages are on. */
  readonly file: VFile
  constructor(file: VFile) {
    const lines = file.messages.map(
      (message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} [minutebook:${message.ruleId ?? 'config'}]`
    )
    super(`Unexpected problems in \`${file.path}\`, expected valid settings:\n${lines.join('\n')}`)
    this.messages = [...file.messages]
    this.file = file
  }
}

/** Thrown by the refusing front matter engines: front matter in a language minutebook never evaluates (only YAML is read). */
export class FrontMatterEngineError extends Error {
  override name = 'FrontMatterEngineError'
  /** The language named after the opening `---`. */
  readonly language: string
  constructor(language: string) {
    super(`Refusing to evaluate \`${language}\` front matter; only YAML is read`)
    this.language = language
  }
}

/**
 * Thrown when `meetings/` exists but cannot be listed (a file of that name, no permission): no build may read it as
 * empty, which would have a build write an empty site over the last one.
 */
export class MeetingsFolderError extends Error {
  override name = 'MeetingsFolderError'
}

/** Thrown by `check` when a path the user asked to check cannot be read. */
export class UnreadablePathError extends Error {
  override name = 'UnreadablePathError'
}

/** Thrown when the archive's `site/` cannot be laid over the shipped site (a file of that name, a file where a folder is shipped). */
export class SiteFolderError extends Error {
  override name = 'SiteFolderError'
}

/** Thrown by an import when a file cannot be imported as given (unreadable, wrong kind, no date): the CLI shows it as a user error. */
export class ImportError extends Error {
  override name = 'ImportError'
}

/**
 * Thrown by a build that failed because of the meetings (or an invalid `minutebook.yml`): carries every fatal
 * message, printed `file:line:col: message [rule]`; the previous output is kept.
 */
export class BuildError extends Error {
  override name = 'BuildError'
  constructor(
    message: string,
    readonly messages: VFileMessage[]
  ) {
    super(message)
  }
}

/** Thrown by a build when the site's templates failed to render (a maintainer's edit in `site/`); the previous output is kept. */
export class SiteTemplateError extends Error {
  override name = 'SiteTemplateError'
}

/** Thrown by a build of an archive without a single meeting file: its build would replace a site with an empty one. */
export class EmptyArchiveError extends Error {
  override name = 'EmptyArchiveError'
}

/** Thrown by a build before it starts when the output folder is one it refuses to replace (the archive, a link, a folder of other files). */
export class UnsafeOutputError extends Error {
  override name = 'UnsafeOutputError'
}

/** Thrown by a build when another build holds the output's lock. */
export class BuildLockedError extends Error {
  override name = 'BuildLockedError'
}

/** Thrown by a CLI command for a problem the user can fix (bad input, bad flag): printed without a stack, exit 1. */
export class UserError extends Error {
  override name = 'UserError'
}

/** Thrown by a CLI command for a bug or an environment failure: printed with its stack, exit 2. */
export class InternalError extends Error {
  override name = 'InternalError'
}

/** Thrown by `check` (and `build`, `parse`) when it found errors and has already printed them: exit 1 without printing anything more. */
export class CheckFailed extends UserError {
  override name = 'CheckFailed'
}
