import {Command, CommanderError} from 'commander'
import {ConfigError} from '../parse/config.js'
import {CheckFailed, InternalError, UserError} from './errors.js'
import {formatMessage} from './format.js'
import {buildCommand} from './build.js'
import {checkCommand} from './check.js'
import {importCommand} from './import.js'
import {newCommand} from './new.js'
import {parseCommand} from './parse.js'
import {schemaCommand} from './schema.js'
import {serveCommand} from './serve.js'

/** Builds the `minutebook` program with every command registered. */
export function program(): Command {
  return new Command('minutebook')
    .description('Turn meeting minutes written in Markdown into a searchable static archive')
    .exitOverride()
    .addCommand(parseCommand())
    .addCommand(schemaCommand())
    .addCommand(checkCommand())
    .addCommand(newCommand())
    .addCommand(importCommand())
    .addCommand(buildCommand())
    .addCommand(serveCommand())
}

/** Runs the CLI; the only place that decides the exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode
    } else if (error instanceof CheckFailed) {
      process.exitCode = 1
    } else if (error instanceof ConfigError) {
      for (const message of error.messages) process.stderr.write(formatMessage(message) + '\n')
      process.exitCode = 1
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
