import {relative} from 'node:path'
import type {VFileMessage} from 'vfile-message'

/** One message as `file:line:col: message [minutebook:rule]`, the format every command prints. */
export function formatMessage(message: VFileMessage, cwd = process.cwd()): string {
  const file = message.file ? relative(cwd, message.file) || message.file : '<input>'
  const line = message.line ?? 1
  const column = message.column ?? 1
  const rule = message.ruleId ? ` [${message.source ?? 'minutebook'}:${message.ruleId}]` : ''
  const level = message.fatal === true ? '' : message.fatal === false ? 'warning: ' : 'note: '
  return `${file}:${line}:${column}: ${level}${message.reason}${rule}`
}
