import type {Diagnostic} from '../diagnostic.js'

/** A stable machine-readable report: a JSON array of {file, line, column, severity, rule, message}. */
export function reportJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map(({file, line, column, severity, rule, message}) => ({
    file,
    line,
    column,
    severity,
    rule,
    message
  }))
  return JSON.stringify(rows, null, 2) + '\n'
}
