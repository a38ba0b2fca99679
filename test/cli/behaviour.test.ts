/**
 * The CLI as a user meets it: help and usage errors, --version, a busy port, the archive found from the working
 * folder up, an archive with nothing to check or build, and `build` refusing what `check` calls an error. Each case
 * asserts the exit code and the exact message.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it, onTestFinished} from 'vitest'
import {compileCli} from '../lint/compile.js'
import {meeting, tempArchive} from '../lint/archive.js'

const repo = join(import.meta.dirname, '..', '..')
const bin = join(repo, 'bin', 'minutebook.js')
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {version: string}).version

beforeAll(compileCli)

/** Runs the CLI in `cwd` without a terminal or colours, as CI does. */
function run(args: string[], cwd: string) {
  const env = {...process.env, NO_COLOR: '1'}
  delete env['FORCE_COLOR']
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** An empty folder at the top of a repository of its own (`.git`), so the walk up stops there as it would for a user. */
async function emptyRepository(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'minutebook-empty-'))
  onTestFinished(() => rm(folder, {recursive: true, force: true}))
  await mkdir(join(folder, '.git'))
  return folder
}

const front = 'title: Stakeholder Meeting\ndate: 2007-03-28\nseries: Stakeholder Meeting\nstatus: approved'
const good = 'meetings/2007/2007-03-28-stakeholder-meeting.md'
const settings = 'title: Test archive\nbaseUrl: https://minutes.example.org\n'

describe('help, usage errors and --version', () => {
  it('prints help with exit 0, for the program and for a command', () => {
    const help = run(['build', '--help'], repo)
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: minutebook build \[options\]\n/)
    expect(help.stdout).toContain('--base-url <url>')
    expect(help.stderr).toBe('')
    expect(run(['--help'], repo)).toMatchObject({status: 0, stderr: ''})
    expect(run(['help', 'check'], repo)).toMatchObject({status: 0, stderr: ''})
  })

  it('prints the version with exit 0', () => {
    expect(run(['--version'], repo)).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
    expect(run(['-V'], repo)).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
  })

  it.each([
    [['build', '--bogus'], "error: unknown option '--bogus'", 'minutebook build [options]'],
    [['check', '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, github, json.", 'minutebook check [options] [paths...]'],
    [['new', '--date', '2025-01-15'], "error: required option '--title <title>' not specified", 'minutebook new [options]'],
    [['serve', '--port', 'abc'], "error: option '--port <n>' argument 'abc' is invalid. Unexpected port `abc`, expected a whole number from 0 to 65535", 'minutebook serve [options]'],
    [['build', '--base-url', 'ftp://example.org'], "error: option '--base-url <url>' argument 'ftp://example.org' is invalid. Unexpected `ftp://example.org`, expected an absolute `http` or `https` URL such as `https://minutes.example.org`", 'minutebook build [options]'],
    [['bogus'], "error: unknown command 'bogus'", 'minutebook [options] [command]']
  ])('`minutebook %s` exits 1 with the error and the usage line', (args, error, usage) => {
    const command = usage.split(' [')[0]!
    expect(run(args, repo)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${error}\nUsage: ${usage}\nRun \`${command} --help\` for the options.\n`
    })
  })
})

describe('serve on a port in use', () => {
  it('says so in one line, without a stack trace, and exits 1', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    const busy = createServer()
    await new Promise<void>((listening) => busy.listen(0, '127.0.0.1', listening))
    onTestFinished(() => new Promise<void>((closed) => busy.close(() => closed())))
    const port = (busy.address() as {port: number}).port
    const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const status = await new Promise<number | null>((exited) => child.on('exit', exited))
    expect({status, stderr}).toEqual({
      status: 1,
      stderr: `minutebook: cannot serve on 127.0.0.1:${port}: the port is in use by another program; stop it, or choose another port with --port\n`
    })
  }, 60_000)
})

describe('the archive root, found from the working folder up', () => {
  it('checks the whole archive from inside meetings/2007/', async () => {
    const root = await tempArchive({
      'minutebook.yml': settings,
      [good]: meeting(front),
      'meetings/2008/2007-04-25-stakeholder-meeting.md': meeting(front.replace('2007-03-28', '2007-04-25'))
    })
    expect(run(['check'], join(root, 'meetings', '2007'))).toEqual({
      status: 1,
      stdout:
        '../2008/2007-04-25-stakeholder-meeting.md:1:1: Unexpected year folder `2008`, expected `2007` as in the file name [minutebook:file-name]\n' +
        '\n1 error\n',
      stderr: ''
    })
  })

  it('builds into the archive root\'s _site from inside meetings/', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    const result = run(['build', '--quiet'], join(root, 'meetings'))
    expect(result).toEqual({status: 0, stdout: '', stderr: ''})
    expect(existsSync(join(root, '_site', 'meetings', '2007-03-28-stakeholder-meeting', 'index.html'))).toBe(true)
  })

  it.each([['check'], ['build'], ['serve'], ['new', '--title', 'X', '--date', '2025-01-15']])('refuses `%s` in a folder that is no archive, pointing at init', async (...args) => {
    const empty = await emptyRepository()
    expect(run(args, empty)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `minutebook: no archive here: expected \`minutebook.yml\` or \`meetings/\` in \`${empty}\` or a folder above it; ` +
        'run `minutebook init` to start one, or give its folder with `--root`\n'
    })
  })
})

describe('an archive with nothing to check or build', () => {
  it('refuses to check or build an archive without meetings, leaving the previous site as it was', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    expect(run(['build', '--quiet'], root).status).toBe(0)
    const before = await readFile(join(root, '_site', 'index.html'), 'utf8')
    await rm(join(root, 'meetings', '2007'), {recursive: true})
    const noMeetings = 'no meetings in `meetings/`, expected files named `meetings/YYYY/YYYY-MM-DD-<slug>.md` (`minutebook new` starts one)'
    expect(run(['check'], root)).toEqual({status: 1, stdout: '', stderr: `minutebook: ${noMeetings}\n`})
    expect(run(['build'], root)).toEqual({status: 1, stdout: '', stderr: `minutebook: ${noMeetings}; the previous output is unchanged\n`})
    expect(await readFile(join(root, '_site', 'index.html'), 'utf8')).toBe(before)
  })

  it('refuses a `meetings` that cannot be read (a plain file) instead of building an empty site over the last one', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    expect(run(['build', '--quiet'], root).status).toBe(0)
    const before = await readFile(join(root, '_site', 'index.html'), 'utf8')
    await rm(join(root, 'meetings'), {recursive: true})
    await writeFile(join(root, 'meetings'), 'not a folder\n')
    const reason = 'cannot read `meetings/` (ENOTDIR), expected a folder of meeting files'
    expect(run(['build'], root)).toEqual({status: 1, stdout: '', stderr: `minutebook: ${reason}; the previous output is unchanged\n`})
    expect(run(['check'], root)).toEqual({status: 1, stdout: '', stderr: `minutebook: ${reason}\n`})
    expect(run(['new', '--title', 'X', '--date', '2025-01-15'], root)).toEqual({status: 1, stdout: '', stderr: `minutebook: ${reason}\n`})
    expect(await readFile(join(root, '_site', 'index.html'), 'utf8')).toBe(before)
  })

  it('refuses to check a folder that holds no meeting file', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front), 'meetings/2099/notes.txt': 'x\n'})
    expect(run(['check', 'meetings/2099'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'minutebook: no meeting files in `meetings/2099`, expected `.md` files of the archive\n'
    })
  })
})

describe('build refuses what check calls an error', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'a wrong year folder',
      {'meetings/2008/2007-03-28-stakeholder-meeting.md': meeting(front)},
      'meetings/2008/2007-03-28-stakeholder-meeting.md:1:1: Unexpected year folder `2008`, expected `2007` as in the file name [minutebook:file-name]'
    ],
    [
      'a date that differs from the file name',
      {'meetings/2007/2007-03-29-stakeholder-meeting.md': meeting(front)},
      'meetings/2007/2007-03-29-stakeholder-meeting.md:3:1: Unexpected date `2007-03-29` in the file name, expected `2007-03-28` as in the front matter [minutebook:file-name]'
    ],
    [
      'a slug outside the naming scheme',
      {'meetings/2007/2007-03-28-Stakeholder_Meeting.md': meeting(front)},
      'meetings/2007/2007-03-28-Stakeholder_Meeting.md:1:1: Unexpected file path `meetings/2007/2007-03-28-Stakeholder_Meeting.md`, expected `meetings/YYYY/YYYY-MM-DD-<slug>.md` with a lower-case, hyphenated slug [minutebook:file-name]'
    ],
    [
      'raw HTML',
      {[good]: meeting(front, '## Welcome\n\n<div>Welcome.</div>\n')},
      `${good}:10:1: Unexpected raw HTML \`<div>Welcome.</div>\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text) [minutebook:raw-html]`
    ],
    [
      'an unknown `approves:`',
      {[good]: meeting(`${front}\napproves: 2007-02-28-stakeholder-meeting`)},
      `${good}:6:1: Unexpected \`approves: 2007-02-28-stakeholder-meeting\`, expected the slug of a meeting in the archive [minutebook:approves-unknown]`
    ]
  ]

  it.each(cases)('%s: check and build both fail with the same message', async (_name, files, message) => {
    const root = await tempArchive({'minutebook.yml': settings, ...files})
    const checked = run(['check'], root)
    expect(checked.status).toBe(1)
    expect(checked.stdout.split('\n')).toContain(message)
    expect(run(['build'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${message}\nminutebook: 1 error in the meetings; the previous output is unchanged\n`
    })
    expect(existsSync(join(root, '_site'))).toBe(false)
  })

  it('lets minutebook.yml make a rule a warning or switch it off, for check and build alike', async () => {
    const html = {[good]: meeting(front, '## Welcome\n\n<div>Welcome.</div>\n')}
    const warned = await tempArchive({'minutebook.yml': `${settings}rules:\n  raw-html: warning\n`, ...html})
    expect(run(['check'], warned)).toMatchObject({status: 0, stdout: expect.stringMatching(/:10:1: warning: Unexpected raw HTML `<div>Welcome\.<\/div>`.*\n\n1 warning\n$/)})
    expect(run(['build', '--quiet'], warned)).toEqual({status: 0, stdout: '', stderr: ''})
    const off = await tempArchive({'minutebook.yml': `${settings}rules:\n  raw-html: off\n`, ...html})
    expect(run(['check'], off)).toEqual({status: 0, stdout: 'no issues found\n', stderr: ''})
  })

  it('refuses a rule minutebook.yml may not set, naming the ones it may', async () => {
    const root = await tempArchive({'minutebook.yml': `${settings}rules:\n  file-name: off\n`, [good]: meeting(front)})
    const {status, stdout} = run(['check'], root)
    expect(status).toBe(1)
    expect(stdout).toMatch(/^minutebook\.yml:4:3: `rules`: Unexpected key `file-name`, expected one of `action-due-before-meeting`, `action-owner-unknown`, .*`speaker-not-attendee` \[minutebook:config-unknown-key\]\n/)
  })
})

describe('the address of the site', () => {
  it('takes --base-url and --path-prefix over minutebook.yml', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    expect(run(['build', '--quiet', '--base-url', 'https://owner.github.io/', '--path-prefix', 'minutes'], root)).toEqual({status: 0, stdout: '', stderr: ''})
    const feed = await readFile(join(root, '_site', 'feed.xml'), 'utf8')
    expect(feed).toContain('<id>https://owner.github.io/minutes/meetings/2007-03-28-stakeholder-meeting/</id>')
    expect(await readFile(join(root, '_site', 'index.html'), 'utf8')).toContain('href="/minutes/meetings/2007-03-28-stakeholder-meeting/"')
  })

  it('warns when neither minutebook.yml nor --base-url gives the address', async () => {
    const root = await tempArchive({[good]: meeting(front)})
    expect(run(['build', '--quiet'], root)).toEqual({
      status: 0,
      stdout: '',
      stderr:
        'minutebook: warning: no `baseUrl` in minutebook.yml nor --base-url, so feeds, the calendar and the sitemap link to ' +
        'http://localhost:8080; set the address the site is published at\n'
    })
  })
})

describe('site/ overrides, file by file', () => {
  it('refuses a site/ that cannot be laid over the shipped one, as a user error', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front), 'site/assets/style.css/x': 'a folder where a file is shipped\n'})
    expect(run(['build'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'minutebook: cannot lay `site/` over the shipped site (ERR_FS_CP_DIR_TO_NON_DIR), expected a folder whose files replace the shipped files ' +
        'of the same path, with no file where the shipped site has a folder or folder where it has a file\n'
    })
  })

  it('takes site/assets/style.css alone over the shipped one and renders every page from the shipped templates', async () => {
    const css = ':root { --accent: #123456; }\n'
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front), 'site/assets/style.css': css})
    expect(run(['build', '--quiet'], root)).toEqual({status: 0, stdout: '', stderr: ''})
    expect(await readFile(join(root, '_site', 'assets', 'style.css'), 'utf8')).toBe(css)
    expect(await readFile(join(root, '_site', 'assets', 'search.js'), 'utf8')).toBe(await readFile(join(repo, 'site', 'assets', 'search.js'), 'utf8'))
    expect(await readFile(join(root, '_site', 'meetings', '2007-03-28-stakeholder-meeting', 'index.html'), 'utf8')).toContain('<h1>Stakeholder Meeting</h1>')
  })
})

describe('check on a terminal: vfile-reporter, in colour unless NO_COLOR; plain lines in CI and pipes', () => {
  const html = {'minutebook.yml': settings, [good]: meeting(front, '## Welcome\n\n<div>Welcome.</div>\n')}
  const plainLine = `${good}:10:1: Unexpected raw HTML \`<div>Welcome.</div>\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text) [minutebook:raw-html]`
  const grouped = /^meetings\/2007\/2007-03-28-stakeholder-meeting\.md\r?\n10:1 +error +Unexpected raw HTML `<div>Welcome\.<\/div>`.* +raw-html +minutebook\r?\n\r?\n. 1 error\r?\n$/

  /** Runs `check` with its output on a terminal (util-linux `script` gives it a pseudo-terminal), in `env`. */
  function onTerminal(root: string, env: Record<string, string>) {
    const environment: NodeJS.ProcessEnv = {...process.env, ...env}
    for (const name of ['CI', 'FORCE_COLOR', 'NO_COLOR']) if (!(name in env)) delete environment[name]
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} check`
    return spawnSync('script', ['-qec', command, '/dev/null'], {cwd: root, encoding: 'utf8', env: environment})
  }

  it('prints plain `file:line:col` lines into a pipe', async () => {
    const root = await tempArchive(html)
    expect(run(['check'], root)).toEqual({status: 1, stdout: `${plainLine}\n\n1 error\n`, stderr: ''})
  })

  it('prints the grouped report in colour with FORCE_COLOR, even into a pipe', async () => {
    const root = await tempArchive(html)
    const env = {...process.env, FORCE_COLOR: '1'}
    delete env['NO_COLOR']
    const result = spawnSync(process.execPath, [bin, 'check'], {cwd: root, encoding: 'utf8', env})
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('\u001b[')
    expect(result.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(grouped)
  })

  it.skipIf(!existsSync('/usr/bin/script'))('prints the grouped report on a terminal, in colour unless NO_COLOR, and plain lines under CI', async () => {
    const root = await tempArchive(html)
    const coloured = onTerminal(root, {})
    expect(coloured.stdout).toContain('\u001b[')
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(grouped)
    const uncoloured = onTerminal(root, {NO_COLOR: '1'})
    expect(uncoloured.stdout).not.toContain('\u001b[')
    expect(uncoloured.stdout).toMatch(grouped)
    expect(onTerminal(root, {CI: 'true'}).stdout.replace(/\r/g, '')).toBe(`${plainLine}\n\n1 error\n`)
  })
})

describe('minutebook init', () => {
  it('writes a new archive into DIR from flags, asking nothing, and prints the next three commands', async () => {
    const parent = await emptyRepository()
    expect(run(['init', 'board', '--title', 'Board Minutes', '--base-url', 'https://owner.github.io', '--path-prefix', 'board'], parent)).toEqual({
      status: 0,
      stdout:
        'Started an archive in board: minutebook.yml, meetings/2025/2025-01-15-first-meeting.md (an example), the workflows in .github/workflows/\n' +
        'Next:\n' +
        '  cd board && npm install\n' +
        '  npx minutebook new --title "Board meeting" --date YYYY-MM-DD --series Board\n' +
        '  npm start    # builds the archive and serves it on http://127.0.0.1:8080\n',
      stderr: ''
    })
    const root = join(parent, 'board')
    expect(JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))).toEqual({
      name: 'board',
      private: true,
      scripts: {start: 'minutebook serve', build: 'minutebook build', check: 'minutebook check'},
      dependencies: {minutebook: `^${version}`}
    })
    expect(await readFile(join(root, 'minutebook.yml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=node_modules\/minutebook\/schemas\/minutebook\.schema\.json\ntitle: Board Minutes\nbaseUrl: https:\/\/owner\.github\.io\npathPrefix: \/board\/\nlang: en\n/
    )
    expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe('node_modules/\n_site/\n.cache/\n')
    for (const name of ['check.yml', 'publish.yml']) {
      expect(await readFile(join(root, '.github', 'workflows', name), 'utf8')).toBe(readFileSync(join(repo, '.github', 'workflows', name), 'utf8'))
    }
    // The example meeting is clean minutes: check finds nothing, and it builds.
    expect(run(['check'], root)).toEqual({status: 0, stdout: 'no issues found\n', stderr: ''})
    expect(run(['build', '--quiet'], root)).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('refuses to write over any of its files, and writes nothing then', async () => {
    const root = await emptyRepository()
    expect(run(['init', '--yes'], root).status).toBe(0)
    await writeFile(join(root, 'minutebook.yml'), 'title: Mine\n')
    await rm(join(root, '.gitignore'))
    expect(run(['init', '--yes'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `minutebook: \`minutebook.yml\`, \`meetings/2025/2025-01-15-first-meeting.md\`, \`.github/workflows/check.yml\`, \`.github/workflows/publish.yml\` already exist in \`${root}\`; ` +
        'init writes nothing over a file, so remove them or choose another folder\n'
    })
    expect(await readFile(join(root, 'minutebook.yml'), 'utf8')).toBe('title: Mine\n')
    expect(existsSync(join(root, '.gitignore'))).toBe(false)
  })

  it('keeps every key of a package.json already there, adding only the scripts and the dependency it lacks', async () => {
    const root = await emptyRepository()
    const mine = {name: 'parish', version: '1.0.0', scripts: {start: 'echo mine'}, dependencies: {minutebook: 'file:../minutebook.tgz', leftpad: '^1.0.0'}}
    await writeFile(join(root, 'package.json'), JSON.stringify(mine))
    expect(run(['init', '--yes'], root).status).toBe(0)
    expect(JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))).toEqual({
      ...mine,
      scripts: {start: 'echo mine', build: 'minutebook build', check: 'minutebook check'}
    })
  })

  it('leaves baseUrl unset without --base-url, so a build warns until the address is known', async () => {
    const root = await emptyRepository()
    expect(run(['init', '--yes'], root).status).toBe(0)
    expect(await readFile(join(root, 'minutebook.yml'), 'utf8')).toContain('\n# baseUrl: https://example.github.io # where the site is published;')
    expect(run(['build', '--quiet'], root).stderr).toMatch(/^minutebook: warning: no `baseUrl` in minutebook\.yml nor --base-url/)
  })
})

describe('serve under a path prefix', () => {
  it('serves the site under --path-prefix, over minutebook.yml', async () => {
    const root = await tempArchive({'minutebook.yml': settings, [good]: meeting(front)})
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--path-prefix', 'minutes'], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    onTestFinished(async () => {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    for (let wait = 0; wait < 600 && !output.includes('Serving'); wait++) await new Promise((done) => setTimeout(done, 100))
    const served = /Serving the archive at (http:\/\/127\.0\.0\.1:\d+\/minutes\/) \(Ctrl\+C to stop\)/.exec(output)
    expect(served, output).not.toBeNull()
    const page = await fetch(`${served![1]}meetings/2007-03-28-stakeholder-meeting/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('href="/minutes/assets/style.css"')
  }, 60_000)
})

describe.skipIf(!existsSync('/usr/bin/script'))('minutebook init on a terminal', () => {
  /** Runs `init` with its input and output on a terminal (util-linux `script`), the lines of `typed` as typed ahead. */
  function onTerminal(cwd: string, args: string[], typed: string) {
    const command = [process.execPath, bin, 'init', ...args].map((part) => JSON.stringify(part)).join(' ')
    const env = {...process.env}
    delete env['CI']
    return spawnSync('script', ['-qec', command, '/dev/null'], {cwd, input: typed, encoding: 'utf8', env})
  }

  it('asks for the title, the address and the path no flag gave, keeping lines typed ahead', async () => {
    const parent = await emptyRepository()
    const result = onTerminal(parent, ['harbour'], 'Harbour Board Minutes\nhttps://harbour.example.org\nminutes\n')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Title of the archive (Minutes of harbour): ')
    expect(result.stdout).toContain('Started an archive in harbour')
    expect(await readFile(join(parent, 'harbour', 'minutebook.yml'), 'utf8')).toMatch(
      /\ntitle: Harbour Board Minutes\nbaseUrl: https:\/\/harbour\.example\.org\npathPrefix: \/minutes\/\n/
    )
  })

  it('writes nothing when the input ends before the questions are answered', async () => {
    const parent = await emptyRepository()
    const result = onTerminal(parent, ['harbour'], 'Harbour Board Minutes\n')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('minutebook: init stopped before its questions were answered; nothing was written')
    expect(result.stdout).not.toContain('internal error')
    expect(existsSync(join(parent, 'harbour'))).toBe(false)
  })
})
