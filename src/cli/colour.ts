/** What decides how `check` reports: the environment and whether its output is a terminal. */
export interface ReportTarget {
  env: NodeJS.ProcessEnv
  isTTY: boolean
}

/**
 * How to report to a person or a log: `terminal` (vfile-reporter's grouped report) on a terminal, in colour unless
 * `NO_COLOR` is set; `FORCE_COLOR` (not `0` or `false`) asks for the coloured report anywhere; in CI and into a pipe or
 * a file, `plain` lines `file:line:col: message [rule]` that logs and tools read.
 */
export function reportStyle({env, isTTY}: ReportTarget): {style: 'terminal' | 'plain'; color: boolean} {
  const forced = env['FORCE_COLOR']
  if (forced !== undefined && forced !== '0' && forced !== 'false') return {style: 'terminal', color: true}
  if (!isTTY || (env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false')) return {style: 'plain', color: false}
  return {style: 'terminal', color: env['NO_COLOR'] === undefined || env['NO_COLOR'] === ''}
}
