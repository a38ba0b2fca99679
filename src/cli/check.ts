import {Command, Option} from 'commander'
import {checkArchive} from '../lint/check-archive.js'
import {countSeverities, toDiagnostics, type Diagnostic} from '../lint/diagnostic.js'
import {reportGithub} from '../lint/reporters/github.js'
import {reportJson} from '../lint/reporters/json.js'
import {reportTerminal} from '../lint/reporters/terminal.js'
import {reportText} from '../lint/reporters/text.js'
import {noMeetingsReason} from '../archive/meeting-files.js'
import {archiveRoot} from './archive-root.js'
import {reportStyle} from './colour.js'
import {CheckFailed, UnreadablePathError, UserError} from '../model/errors.js'

const reporters: Record<string, (diagnostics: readonly Diagnostic[]) => string> = {
  text: reportText,
  github: reportGithub,
  json: reportJson
}

/** `minutebook check [paths...] [--format text|github|json] [--root DIR]`: lints meetings; fails on errors. */
export function checkCommand(): Command {
  return new Command('check')
    .description('check meeting files against the rules; exit 1 when any error remains')
    .argument('[paths...]', 'meeting files or folders (default: every meeting of the archive)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'github', 'json']).default('text'))
    .option('--root <dir>', 'archive root (default: found from the current folder up)')
    .action(async (paths: string[], options: {format: string; root?: string}) => {
      let result
      try {
        result = await checkArchive({root: archiveRoot(options.root), paths})
      } catch (error) {
        if (error instanceof UnreadablePathError) throw new UserError(error.message)
        throw error
      }
      const diagnostics = toDiagnostics(result)
      const {style, color} = reportStyle({env: process.env, isTTY: process.stdout.isTTY === true})
      // Problems of minutebook.yml are shown even when there is no meeting to check.
      if (result.checked > 0 || diagnostics.length > 0) {
        // The grouped, coloured report is for a person at a terminal; CI logs and pipes get the plain lines.
        if (options.format === 'text' && style === 'terminal') process.stdout.write(reportTerminal(result, {color}))
        else process.stdout.write(reporters[options.format]!(diagnostics))
      }
      if (result.checked === 0) {
        // "No issues found" over nothing would pass a pull request that checked nothing.
        throw new UserError(
          paths.length === 0
            ? noMeetingsReason
            : `no meeting files in ${paths.map((path) => `\`${path}\``).join(', ')}, expected \`.md\` files of the archive`
        )
      }
      const {errors} = countSeverities(diagnostics)
      if (errors > 0) throw new CheckFailed(`${errors} ${errors === 1 ? 'error' : 'errors'}`)
    })
}
