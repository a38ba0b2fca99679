import {Command, CommanderError} from 'commander'
import {formatMessage} from './format.js'
import {buildCommand} from './build.js'
import {checkCommand} from './check.js'
import {importCommand} from './import.js'
import {initCommand} from './init.js'
import {ownVersion} from '../build/package-version.js'
import {newCommand} from './new.js'
import {parseCommand} from './parse.js'
import {schemaCommand} from './schema.js'
import {serveCommand} from './serve.js'
import {CheckFailed, ConfigError, InternalError, MeetingsFolderError, UserError} from '../model/errors.js'

/**
 * Makes a command throw instead of exiting, and print its usage line after a usage error. Commander gives neither to
 * commands added with `addCommand`: they called `process.exit` themselves, and a help page ended in "stopped
 * before finishing", exit 2.
 */
function behave(command: Command, path: string): Command {
  command.exitOverride()
  command.showHelpAfterError(`Usage: ${path} ${command.usage()}\nRun \`${path} --help\` for the options.`)
  for (const sub of command.commands) behave(sub, `${path} ${sub.name()}`)
  return command
}

/** Builds the `minutebook` program with every command registered. */
export function program(): Command {
  const cli = new Command('minutebook')
    .description('Turn meeting minutes written in Markdown into a searchable static archive')
    .version(ownVersion(), '-V, --version', 'print the version of minutebook')
    .addCommand(initCommand())
    .addCommand(parseCommand())
    .addCommand(schemaCommand())
    .addCommand(checkCommand())
    .addCommand(newCommand())
    .addCommand(importCommand())
    .addCommand(buildCommand())
    .addCommand(serveCommand())
  return behave(cli, 'minutebook')
}

/** Runs the CLI; the only place that decides the exit code. */
export async function main(argv: string[]): Promise<void> {
  // A helper process that dies (Pagefind panics on a full disk) can leave the command waiting on a promise
  // that never settles; Node then exits with nothing said. Say it, with a failing status.
  let settled = false
  const unsettled = () => {
    if (settled) return
    process.stderr.write('minutebook: stopped before finishing (a helper process such as the search indexer died); any previous output is unchanged\n')
    process.exitCode = 2
  }
  process.once('exit', unsettled)
  try {
    await program().parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; usage errors 1, after commander printed the error and the usage line.
      process.exitCode = error.exitCode
    } else if (error instanceof CheckFailed) {
      process.exitCode = 1
    } else if (error instanceof ConfigError) {
      for (const message of error.messages) process.stderr.write(formatMessage(message) + '\n')
      process.exitCode = 1
    } else if (error instanceof UserError || error instanceof MeetingsFolderError) {
      // A meetings/ that cannot be read is the user's to fix, in every command that reads it (`new` among them).
      process.stderr.write(`minutebook: ${error.message}\n`)
      process.exitCode = 1
    } else {
      const internal = error instanceof InternalError ? error : new InternalError(String(error), {cause: error})
      process.stderr.write(`minutebook: internal error: ${internal.message}\n${(error as Error).stack ?? ''}\n`)
      process.exitCode = 2
    }
  } finally {
    settled = true
  }
}
