import {relative, resolve, sep} from 'node:path'
import type {CheckResult} from './check-archive.js'

/** One message in the stable shape every reporter prints and `--format json` emits. */
export interface Diagnostic {
  /** File path relative to the working directory, POSIX separators. */
  file: string
  line: number
  column: number
  severity: 'error' | 'warning' | 'info'
  /** `minutebook:<rule>`, or null for a message without a rule. */
  rule: string | null
  message: string
}

/** Flattens a check result into diagnostics, files in path order and messages by place, paths relative to `cwd`. */
export function toDiagnostics(result: CheckResult, cwd: string = process.cwd()): Diagnostic[] {
  return result.files.flatMap((file) => {
    const path = relative(cwd, resolve(result.root, file.path)).split(sep).join('/')
    return file.messages.map((message) => ({
      file: path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      rule: message.ruleId ? `${message.source ?? 'minutebook'}:${message.ruleId}` : null,
      message: message.reason
    }))
  })
}

/** Counts of errors and warnings in a list of diagnostics. */
export function countSeverities(diagnostics: readonly Diagnostic[]): {errors: number; warnings: number} {
  return {
    errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length
  }
}

/** "2 errors, 1 warning", or "no issues found". */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const {errors, warnings} = countSeverities(diagnostics)
  const parts = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? 'error' : 'errors'}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`] : [])
  ]
  return parts.length === 0 ? 'no issues found' : parts.join(', ')
}
