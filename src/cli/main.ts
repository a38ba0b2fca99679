import {Command, CommanderError} from 'commander'
import {InternalError, UserError} from './errors.js'
import {parseCommand} from './parse.js'

/** Builds the `minutebook` program with every command registered. */
export function program(): Command {
  return new Command('minutebook')
    .description('Turn meeting minutes written in Markdown into a searchable static archive')
    .exitOverride()
    .addCommand(parseCommand())
}

/** Runs the CLI; the only place that decides the exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode
    } else if (error instanceof UserError) {
      process.stderr.write(`minutebook: ${error.message}\n`)
      process.exitCode = 1
    } else {
      const internal = error instanceof InternalError ? error : new InternalError(String(error), {cause: error})
      process.stderr.write(`minutebook: internal error: ${internal.message}\n${(error as Error).stack ?? ''}\n`)
      process.exitCode = 2
    }
  }
}
