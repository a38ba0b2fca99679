import {parserRules} from './parser-rules.js'
import type {Rule, RuleInfo} from './rule.js'
import {actionDueBeforeMeeting} from './rules/action-due-before-meeting.js'
import {actionOwnerUnknown} from './rules/action-owner-unknown.js'
import {actionWithoutOwner} from './rules/action-without-owner.js'
import {adoptionWithoutDecision} from './rules/adoption-without-decision.js'
import {approvesUnknown} from './rules/approves-unknown.js'
import {closesUnknown} from './rules/closes-unknown.js'
import {duplicateMeeting} from './rules/duplicate-meeting.js'
import {duplicateSlug} from './rules/duplicate-slug.js'
import {fileName} from './rules/file-name.js'
import {headingIncrement} from './rules/heading-increment.js'
import {rawHtml} from './rules/raw-html.js'
import {speakerNotAttendee} from './rules/speaker-not-attendee.js'

/** The rules `minutebook check` adds on top of the parser's own, in the order they run. */
export const checkRules: Rule[] = [
  fileName,
  duplicateSlug,
  duplicateMeeting,
  approvesUnknown,
  closesUnknown,
  headingIncrement,
  rawHtml,
  speakerNotAttendee,
  actionWithoutOwner,
  actionOwnerUnknown,
  actionDueBeforeMeeting,
  adoptionWithoutDecision
]

/** Every rule, parser rules first, as the rule table of docs/writing-minutes.md lists them. */
export const rules: RuleInfo[] = [...parserRules, ...checkRules].map(({id, severity, description}) => ({
  id,
  severity,
  description
}))

/** The rule table of docs/writing-minutes.md (Markdown) generated from {@link rules}. */
export function ruleTable(): string {
  const rows = rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.description.replace(/\|/g, '\\|')} |`)
  return ['| rule | severity | what it checks |', '| --- | --- | --- |', ...rows].join('\n') + '\n'
}
