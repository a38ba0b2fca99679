/**
 * The real CLI, end to end: `node bin/minutebook.js parse ...` on the compiled dist/.
 * Its output must equal what the library gives in this process, so the JSON contract,
 * the message format and the exit codes are tested where users meet them.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {formatMessage} from '../../src/cli/format.js'
import type {Config} from '../../src/model/config.js'
import {loadConfig} from '../../src/parse/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const entry = join(root, 'dist', 'cli', 'main.js')
const seed = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
const followUp = 'meetings/2007/2007-03-28-stakeholder-meeting.md'
const unclosed = 'test/fixtures/unclosed-private-block/input.md'
const missingDate = 'test/fixtures/missing-date/input.md'

function newestSource(dir: string): number {
  return (readdirSync(dir, {recursive: true}) as string[])
    .filter((path) => path.endsWith('.ts'))
    .reduce((newest, path) => Math.max(newest, statSync(join(dir, path)).mtimeMs), 0)
}

/** Compiles src/ to dist/ when dist is missing or older than a source file; the bin runs dist. */
function ensureCompiled(): void {
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(join(root, 'src'))) return
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', '.'], {cwd: root, encoding: 'utf8'})
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`tsc -p . failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}

function cli(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'minutebook.js'), ...args], {cwd: root, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

let config: Config
beforeAll(async () => {
  config = await loadConfig(root)
})

/** What the library gives for a file: the Meeting as JSON would carry it, and the formatted messages. */
function inProcess(source: string): {meeting: unknown; messages: string[]} {
  const {meeting, messages} = parseMeeting(readFileSync(join(root, source)), {path: source, config})
  return {
    meeting: JSON.parse(JSON.stringify(meeting ?? null)) as unknown,
    messages: messages.map((message) => formatMessage(message, root))
  }
}

function stderrOf(...sources: string[]): string {
  return sources.flatMap((source) => inProcess(source).messages.map((line) => line + '\n')).join('')
}

describe('minutebook parse', () => {
  beforeAll(ensureCompiled)

  it('prints the Meeting JSON of one file and exits 0', () => {
    const result = cli('parse', followUp)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const printed = JSON.parse(result.stdout) as Record<string, unknown>
    expect(printed).toEqual(inProcess(followUp).meeting)
    expect([printed['slug'], printed['source'], printed['date'], printed['status']]).toEqual([
      '2007-03-28-stakeholder-meeting',
      followUp,
      '2007-03-28',
      'approved'
    ])
  })

  it('prints an array for two files, in the order given, with warnings on stderr', () => {
    const result = cli('parse', seed, followUp)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe(stderrOf(seed, followUp))
    expect(result.stderr).toMatch(/^meetings\/2007\/2007-02-28-stakeholder-meeting\.md:\d+:\d+: warning: .+ \[minutebook:contact-redacted\]\n$/)
    const printed = JSON.parse(result.stdout) as unknown[]
    expect(printed).toEqual([inProcess(seed).meeting, inProcess(followUp).meeting])
    expect(result.stdout.includes('helen.sworn@chabdai.org')).toBe(false)
  })

  it('reports a broken file as file:line:col: message [minutebook:rule] and exits 1', () => {
    const result = cli('parse', unclosed)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'test/fixtures/unclosed-private-block/input.md:12:1: Unexpected unclosed private block, expected `<!-- /private -->`; ' +
        'everything after it is withheld [minutebook:private-block-unclosed]\n'
    )
  })

  it('reports a file without a date on stderr with its position and rule, and exits 1', () => {
    const result = cli('parse', missingDate)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^test\/fixtures\/missing-date\/input\.md:\d+:\d+: .*`date`.* \[minutebook:[a-z-]+\]\n/)
    expect(result.stderr).toBe(stderrOf(missingDate))
  })
})

describe('parsing twice in one process', () => {
  it.each([seed, followUp, 'meetings/2008/2008-01-30-stakeholder-meeting.md', 'meetings/2009/2009-07-14-standards-committee.md'])(
    'gives deep-equal results for %s',
    (source) => {
      const first = inProcess(source)
      expect(first.meeting).not.toBeNull()
      expect(inProcess(source)).toEqual(first)
    }
  )

  const badFrontMatter: Array<[string, string]> = [
    ['missing date', '---\ntitle: T\nstatus: approved\n---\n\n## Item\n'],
    ['impossible date', '---\ntitle: T\ndate: 2007-02-30\nstatus: approved\n---\n\n## Item\n'],
    ['unknown key', '---\ntitle: T\ndate: 2007-02-28\nstauts: approved\n---\n\n## Item\n'],
    ['date without quotes', '---\ntitle: T\ndate: 2007-02-28\nstatus: approved\n---\n\n## Item\n']
  ]

  it.each(badFrontMatter)('gives deep-equal results for front matter with %s', (_name, text) => {
    const once = () => {
      const {meeting, messages} = parseMeeting(text, {path: 'meetings/2007/2007-02-28-t.md', config})
      return {meeting: JSON.parse(JSON.stringify(meeting ?? null)) as unknown, messages: messages.map((m) => formatMessage(m, root))}
    }
    const first = once()
    expect(once()).toEqual(first)
  })
})
