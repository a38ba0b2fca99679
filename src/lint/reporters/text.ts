import {type Diagnostic, summary} from '../diagnostic.js'

/** One line as every minutebook command prints it: `file:line:col: [warning: ]message [minutebook:rule]`. */
function formatDiagnostic(diagnostic: Diagnostic): string {
  const level = diagnostic.severity === 'error' ? '' : `${diagnostic.severity === 'warning' ? 'warning' : 'note'}: `
  const rule = diagnostic.rule === null ? '' : ` [${diagnostic.rule}]`
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${level}${diagnostic.message}${rule}`
}

/** The human report: message lines grouped by file (a blank line between files), then the summary line. */
export function reportText(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = []
  let previous: string | undefined
  for (const diagnostic of diagnostics) {
    if (previous !== undefined && diagnostic.file !== previous) lines.push('')
    lines.push(formatDiagnostic(diagnostic))
    previous = diagnostic.file
  }
  if (lines.length > 0) lines.push('')
  lines.push(summary(diagnostics))
  return lines.join('\n') + '\n'
}
