import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Point} from 'unist'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {Meeting} from '../model/meeting.js'

/** How serious a finding is: errors fail `minutebook check`, warnings do not. */
export type Severity = 'error' | 'warning'

/** What the rule table of docs/writing-minutes.md lists for one rule. */
export interface RuleInfo {
  /** `minutebook:<rule>`; the message's `ruleId` is the part after the colon. */
  id: string
  severity: Severity
  description: string
}

/** One meeting file as the checker sees it: parsed, with its raw tree and source text. */
export interface CheckedMeeting {
  /** Path relative to the archive root, POSIX separators. */
  path: string
  slug: string
  text: string
  file: VFile
  /** The tree as written: private blocks and contacts still in, for rules about the source itself. */
  tree: Root
  frontMatter: FrontMatter | undefined
  meeting: Meeting | undefined
}

/** What a rule reads: the meeting it checks, every meeting of the archive, and the settings. */
export interface RuleContext {
  entry: CheckedMeeting
  archive: readonly CheckedMeeting[]
  config: Config
}

/** A check rule: its table entry and the function that reports on one meeting. */
export interface Rule extends RuleInfo {
  check(context: RuleContext): void
}

/** The `ruleId` of a message: the rule id without the `minutebook:` source prefix. */
function ruleName(id: string): string {
  return id.slice(id.indexOf(':') + 1)
}

/** Reports `reason` on the entry's file at `place`, with the rule's id and severity. */
export function report(rule: RuleInfo, entry: CheckedMeeting, reason: string, place: Point): void {
  const message = entry.file.message(reason, {place, ruleId: ruleName(rule.id), source: 'minutebook'})
  message.fatal = rule.severity === 'error'
}
