import {existsSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {basename, dirname, join, relative, resolve} from 'node:path'
import {Command, Option} from 'commander'
import {addressOptions, parseBaseUrl, parsePathPrefix} from './address-options.js'
import {archiveFiles, exampleMeetingPath, packageJson, type InitSettings} from './init-files.js'
import {terminalPrompt} from './prompt.js'
import {ownVersion} from '../build/package-version.js'
import {UserError} from '../model/errors.js'

/** Options of `minutebook init`, as commander gives them. */
interface InitOptions {
  title?: string
  baseUrl?: string
  pathPrefix?: string
  yes?: boolean
}

/** Asks on the terminal for each setting no flag gave; `--yes` or no terminal takes the defaults. */
async function settingsFrom(options: InitOptions, folderName: string): Promise<InitSettings> {
  const defaults = {title: options.title ?? `Minutes of ${folderName}`, pathPrefix: options.pathPrefix ?? '/'}
  const asking = options.yes !== true && process.stdin.isTTY === true && (options.title === undefined || options.baseUrl === undefined)
  if (!asking) return {...defaults, ...(options.baseUrl === undefined ? {} : {baseUrl: options.baseUrl})}
  const terminal = terminalPrompt(process.stdin, process.stdout)
  const ask = async (question: string): Promise<string> => {
    const answer = await terminal.ask(question)
    if (answer === undefined) throw new UserError('init stopped before its questions were answered; nothing was written')
    return answer
  }
  try {
    const title = options.title ?? ((await ask(`Title of the archive (${defaults.title}): `)) || defaults.title)
    const baseUrl = options.baseUrl ?? ((await ask('Address it will be published at, such as https://example.github.io (leave empty to set later): ')) || undefined)
    const pathPrefix = options.pathPrefix ?? ((await ask(`Path it lives under, such as /minutes/ (${defaults.pathPrefix}): `)) || defaults.pathPrefix)
    // A typed answer is checked as the flag would be.
    const checked = (parse: (value: string) => string, value: string) => {
      try {
        return parse(value)
      } catch (error) {
        throw new UserError(error instanceof Error ? error.message : String(error))
      }
    }
    return {
      title,
      pathPrefix: checked(parsePathPrefix, pathPrefix),
      ...(baseUrl === undefined ? {} : {baseUrl: checked(parseBaseUrl, baseUrl)})
    }
  } finally {
    terminal.close()
  }
}

/** The commands to run next, as printed after the files are written. */
function nextSteps(dir: string, cwd: string): string {
  const shown = relative(cwd, dir)
  const enter = shown === '' ? '' : `cd ${/[\s'"]/.test(shown) ? JSON.stringify(shown) : shown} && `
  return (
    'Next:\n' +
    `  ${enter}npm install\n` +
    '  npx minutebook new --title "Board meeting" --date YYYY-MM-DD --series Board\n' +
    '  npm start    # builds the archive and serves it on http://127.0.0.1:8080\n'
  )
}

/**
 * `minutebook init [DIR]`: writes a new archive (package.json, minutebook.yml, an example meeting, .gitignore, the
 * check and publish workflows) and prints the next commands. Writes nothing when any of its files exists, but
 * package.json, which it only adds to.
 */
export function initCommand(): Command {
  const command = new Command('init')
    .description('start an archive of your own in DIR (default: the current folder)')
    .argument('[dir]', 'folder of the new archive', '.')
    .option('--title <title>', 'title of the archive (asked when not given, on a terminal)')
    .addOption(new Option('-y, --yes', 'ask nothing: the defaults for what no flag gives'))
  for (const option of addressOptions()) command.addOption(option)
  return command.action(async (dir: string, options: InitOptions) => {
    const root = resolve(dir)
    const files = await archiveFiles(await settingsFrom(options, basename(root)))
    const taken = [...files.keys()].filter((path) => existsSync(join(root, path)))
    if (taken.length > 0) {
      throw new UserError(`${taken.map((path) => `\`${path}\``).join(', ')} already exist${taken.length === 1 ? 's' : ''} in \`${root}\`; init writes nothing over a file, so remove ${taken.length === 1 ? 'it' : 'them'} or choose another folder`)
    }
    const manifestPath = join(root, 'package.json')
    let existing: Record<string, unknown> | undefined
    if (existsSync(manifestPath)) {
      try {
        existing = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
      } catch (error) {
        throw new UserError(`cannot read \`package.json\` in \`${root}\` (${error instanceof Error ? error.message : String(error)}), expected JSON`)
      }
    }
    for (const [path, text] of files) {
      await mkdir(dirname(join(root, path)), {recursive: true})
      await writeFile(join(root, path), text, {flag: 'wx'})
    }
    await writeFile(manifestPath, JSON.stringify(packageJson(existing, basename(root), ownVersion()), null, 2) + '\n')
    process.stdout.write(`Started an archive in ${relative(process.cwd(), root) || '.'}: minutebook.yml, ${exampleMeetingPath} (an example), the workflows in .github/workflows/\n`)
    process.stdout.write(nextSteps(root, process.cwd()))
  })
}
