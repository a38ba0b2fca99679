import {readFile} from 'node:fs/promises'
import {relative, resolve} from 'node:path'
import {Command} from 'commander'
import {loadConfig} from '../parse/config.js'
import {parseMeeting} from '../extract/parse-meeting.js'
import type {Meeting} from '../model/meeting.js'
import {archiveRootOrHere} from './archive-root.js'
import {formatMessage} from './format.js'
import {CheckFailed, UserError} from '../model/errors.js'

/** `minutebook parse <file...> [--json]`: prints the Meeting contract; messages go to stderr. */
export function parseCommand(): Command {
  return new Command('parse')
    .description('parse meeting files and print the Meeting JSON')
    .argument('<file...>', 'meeting files')
    .option('--json', 'print JSON (the default and only format)', true)
    .option('--root <dir>', 'archive root, for its settings (default: found from the current folder up)')
    .action(async (files: string[], options: {root?: string}) => {
      const root = archiveRootOrHere(options.root)
      const config = await loadConfig(root)
      const meetings: Meeting[] = []
      let failed = false
      for (const file of files) {
        const path = relative(root, resolve(file))
        let bytes: Uint8Array
        try {
          bytes = await readFile(resolve(file))
        } catch (error) {
          throw new UserError(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
        }
        const result = parseMeeting(bytes, {path, config})
        for (const message of result.messages) process.stderr.write(formatMessage(message, root) + '\n')
        if (!result.meeting || result.messages.some((message) => message.fatal === true)) failed = true
        if (result.meeting) meetings.push(result.meeting)
      }
      if (failed) throw new CheckFailed('a meeting has errors')
      const output = files.length === 1 ? meetings[0] : meetings
      process.stdout.write(JSON.stringify(output, null, 2) + '\n')
    })
}
