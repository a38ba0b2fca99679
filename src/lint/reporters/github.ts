import {type Diagnostic, summary} from '../diagnostic.js'

// Escaping as @actions/core does it: data escapes %, CR, LF; properties also `:` and `,`.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One GitHub Actions workflow command: `::error file=...,line=...,col=...,title=minutebook%3Arule::message`. */
function formatAnnotation(diagnostic: Diagnostic): string {
  const command = diagnostic.severity === 'error' ? 'error' : diagnostic.severity === 'warning' ? 'warning' : 'notice'
  const properties = [
    `file=${escapeProperty(diagnostic.file)}`,
    `line=${diagnostic.line}`,
    `col=${diagnostic.column}`,
    ...(diagnostic.rule === null ? [] : [`title=${escapeProperty(diagnostic.rule)}`])
  ]
  return `::${command} ${properties.join(',')}::${escapeData(diagnostic.message)}`
}

/** Annotations GitHub shows on the pull request's changed lines, then the summary line for the log. */
export function reportGithub(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics.map(formatAnnotation), summary(diagnostics)].join('\n') + '\n'
}
