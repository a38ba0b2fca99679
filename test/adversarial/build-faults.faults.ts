import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// The benchmark's generator (plain JavaScript) writes the same meetings every time.
import {generateArchive} from '../../bench/generate.mjs'
import {compile, repo} from './parse-in-worker.js'
import {filesUnder} from './site-files.js'

const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-faults-'))
const mounts: string[] = []

/** path -> sha256 of every file under `folder`; what "the same site" means here. */
function manifest(folder: string): Record<string, string> {
  const entries = filesUnder(folder).map((path) => [path, createHash('sha256').update(readFileSync(join(folder, path))).digest('hex')] as const)
  return Object.fromEntries(entries)
}

/** A copy of the example archive at `work/name` (or inside `parent`). */
function exampleArchive(name: string, parent = work): string {
  const root = join(parent, name)
  mkdirSync(root, {recursive: true})
  cpSync(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  return root
}

function build(root: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, 'build', '--root', root, '--out', '_site', '--quiet'], {
    encoding: 'utf8',
    env: {...process.env, ...env},
    timeout: 300_000
  })
}

function buildOk(root: string, env: Record<string, string> = {}): Record<string, string> {
  const result = build(root, env)
  expect([result.status, result.stderr]).toEqual([0, ''])
  return manifest(join(root, '_site'))
}

const edited = 'meetings/2010/2010-04-12-parish-council.md'

/** The example archive with one meeting retitled: a second, different complete site. */
function editArchive(root: string): void {
  const path = join(root, edited)
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: Parish Council (retitled)'))
}

let before: Record<string, string> = {}
let after: Record<string, string> = {}

beforeAll(() => {
  compile()
  // Reference sites: the example archive, and the same with one meeting retitled.
  before = buildOk(exampleArchive('reference-before'))
  const edit = exampleArchive('reference-after')
  editArchive(edit)
  after = buildOk(edit)
  expect(after).not.toEqual(before)
}, 600_000)

afterAll(() => {
  for (const mount of mounts.reverse()) spawnSync('umount', [mount])
  rmSync(work, {recursive: true, force: true})
})

/** Writes `path` until the file system it is on has no space left. */
function fillDisk(path: string): void {
  const descriptor = openSync(path, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) writeSync(descriptor, chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    closeSync(descriptor)
  }
}

describe('faults leave the previous complete site or the new one, and the sources unchanged', () => {
  it('a build killed midway', async () => {
    const root = exampleArchive('killed')
    expect(buildOk(root)).toEqual(before)
    editArchive(root)
    const sources = manifest(join(root, 'meetings'))
    const child = spawn(process.execPath, [cli, 'build', '--root', root, '--out', '_site', '--quiet'], {stdio: 'ignore'})
    // Kill it once it writes: when its staging folder appears beside the output.
    const staging = `._site.building-${child.pid}`
    for (let wait = 0; wait < 3000 && !existsSync(join(root, staging)); wait++) await new Promise((done) => setTimeout(done, 10))
    expect(existsSync(join(root, staging))).toBe(true)
    child.kill('SIGKILL')
    await new Promise((done) => child.once('exit', done))
    expect(manifest(join(root, '_site'))).toEqual(before)
    expect(manifest(join(root, 'meetings'))).toEqual(sources)
    // The lock of the killed build is stale (its process is gone): the next build takes it over.
    expect(buildOk(root)).toEqual(after)
  }, 300_000)

  it('a Pagefind process that dies mid-build: a message, exit 2, the previous site kept', async () => {
    const root = join(work, 'pagefind-dies')
    // Enough meetings that Pagefind is still indexing when it is found and killed.
    await generateArchive(root, 400)
    // The settings an archive has (its address among them: without one, a build warns on stderr).
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    const site = buildOk(root)
    rmSync(join(root, '.cache', 'search'), {recursive: true, force: true})
    writeFileSync(join(root, 'meetings', '2000', readdirSync(join(root, 'meetings', '2000'))[0]!), '\nEdited after the first build.\n', {flag: 'a'})
    const child = spawn(process.execPath, [cli, 'build', '--root', root, '--out', '_site', '--quiet'], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((done) => child.once('exit', done))
    let killed = false
    for (let wait = 0; wait < 6000 && !killed && child.exitCode === null; wait++) {
      const found = spawnSync('pgrep', ['-P', String(child.pid), '-f', 'pagefind'], {encoding: 'utf8'}).stdout.trim()
      if (found) killed = spawnSync('kill', ['-9', ...found.split('\n')]).status === 0
      else await new Promise((done) => setTimeout(done, 10))
    }
    expect(killed).toBe(true)
    expect(await exited).toBe(2)
    expect(stderr).toMatch(/Pagefind/)
    expect(manifest(join(root, '_site'))).toEqual(site)
    expect(readdirSync(root).filter((name) => name.includes('.building-'))).toEqual([])
  }, 300_000)

  it('a build on a full disk (a 2 MiB tmpfs)', () => {
    const disk = join(work, 'full-disk')
    mkdirSync(disk)
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk], {encoding: 'utf8'})
    // Mounting needs root (CAP_SYS_ADMIN); the CI runner and the dev container have it.
    expect([mounted.status, mounted.stderr]).toEqual([0, ''])
    mounts.push(disk)
    const root = exampleArchive('archive', disk)
    // The first site fits; then the disk is filled, so the second cannot be staged beside it (unchanged pages and
    // search shards would be hard links from .cache/ and take no space, but the data files are written anew).
    expect(buildOk(root)).toEqual(before)
    editArchive(root)
    const sources = manifest(join(root, 'meetings'))
    const filler = join(disk, 'filler')
    fillDisk(filler)
    const result = build(root)
    expect(result.status).not.toBe(0)
    // Our own writes report ENOSPC; Pagefind's binary reports the same error in its words.
    expect(result.stderr).toMatch(/ENOSPC|No space left on device/)
    expect(result.stderr).toContain('minutebook:')
    expect(manifest(join(root, '_site'))).toEqual(before)
    expect(manifest(join(root, 'meetings'))).toEqual(sources)
    // With space again, the next build clears what the failed one left (staging folder, stale lock) and succeeds.
    rmSync(filler)
    expect(spawnSync('mount', ['-o', 'remount,size=8m', disk]).status).toBe(0)
    expect(buildOk(root)).toEqual(after)
    expect(readdirSync(root).sort()).toEqual(['.cache', '_site', 'meetings', 'minutebook.yml'])
  }, 300_000)

  it('a read-only `meetings/` (a read-only bind mount) is only read', () => {
    const root = exampleArchive('read-only')
    const meetings = join(root, 'meetings')
    const sources = manifest(meetings)
    expect(spawnSync('mount', ['--bind', meetings, meetings]).status).toBe(0)
    mounts.push(meetings)
    expect(spawnSync('mount', ['-o', 'remount,ro,bind', meetings]).status).toBe(0)
    expect(() => writeFileSync(join(meetings, 'probe.md'), 'x')).toThrow(/EROFS/)
    expect(buildOk(root)).toEqual(before)
    expect(manifest(meetings)).toEqual(sources)
  }, 300_000)

  it('an unreadable meeting is an error on its file, not "cannot write the site"', () => {
    const root = exampleArchive('unreadable')
    // Permissions do not bind root: the commands run as `nobody`, in an archive it may write to but one file of.
    chmodSync(work, 0o755)
    for (const path of ['', ...filesUnder(root).map((file) => file.split('/').slice(0, -1).join('/'))]) chmodSync(join(root, path), 0o777)
    chmodSync(join(root, edited), 0o000)
    const asNobody = (...args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, ...args], {encoding: 'utf8', cwd: root, timeout: 300_000})
    const expected = 'Unexpected meeting file that cannot be read (EACCES), expected a readable file; check its permissions [minutebook:unreadable]'
    const built = asNobody('build', '--root', root, '--quiet')
    expect(built.status).toBe(1)
    expect(built.stderr).toContain(`${edited}:1:1: ${expected}`)
    expect(built.stderr).not.toMatch(/cannot write the site|internal error/)
    const checked = asNobody('check', '--root', root)
    expect(checked.status).toBe(1)
    expect(checked.stdout).toContain(`${edited}:1:1: ${expected}`)
  }, 300_000)

  it('two builds at once into the same output folder', async () => {
    const root = exampleArchive('concurrent')
    expect(buildOk(root)).toEqual(before)
    editArchive(root)
    const run = () =>
      new Promise<{status: number | null; stderr: string}>((done) => {
        const child = spawn(process.execPath, [cli, 'build', '--root', root, '--out', '_site', '--quiet'], {stdio: ['ignore', 'ignore', 'pipe']})
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        child.once('exit', (status) => done({status, stderr}))
      })
    const results = await Promise.all([run(), run()])
    const ok = results.filter((result) => result.status === 0)
    // One wins; the other, if it overlapped, is refused by the lock and changes nothing.
    expect(ok.length).toBeGreaterThanOrEqual(1)
    for (const refused of results.filter((result) => result.status !== 0)) expect(refused.stderr).toMatch(/Unexpected build already running into this folder \(process \d+, lock `.*\._site\.lock`\), expected one build at a time/)
    expect(manifest(join(root, '_site'))).toEqual(after)
  }, 300_000)

  it('a meeting deleted between builds: its page and every mention go', () => {
    const root = exampleArchive('deleted')
    expect(buildOk(root)).toEqual(before)
    rmSync(join(root, edited))
    const site = buildOk(root)
    const reference = exampleArchive('deleted-reference')
    rmSync(join(reference, edited))
    expect(site).toEqual(buildOk(reference))
    expect(Object.keys(site).filter((path) => path.includes('2010-04-12-parish-council'))).toEqual([])
    const mentions = Object.keys(site).filter((path) => readFileSync(join(root, '_site', path)).includes('2010-04-12-parish-council'))
    expect(mentions).toEqual([])
  }, 300_000)
})

describe('determinism', () => {
  it('builds the same bytes under another time zone, locale, file times and archive path', () => {
    const first = exampleArchive('determinism-a')
    const second = exampleArchive('determinism-b')
    for (const path of filesUnder(join(second, 'meetings'))) utimesSync(join(second, 'meetings', path), new Date('1999-12-31T23:59:59Z'), new Date(Date.UTC(2031, 5, 15)))
    const a = buildOk(first, {TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'})
    const b = buildOk(second, {TZ: 'America/Adak', LANG: 'de_DE.UTF-8', LC_ALL: 'tr_TR.UTF-8'})
    expect(Object.keys(a).length).toBeGreaterThan(100)
    expect(b).toEqual(a)
    expect(a).toEqual(before)
  }, 300_000)
})

describe('scale', () => {
  it('builds an archive ten times the example (60 meetings) under a 256 MB heap', async () => {
    const root = join(work, 'scale')
    mkdirSync(root)
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    const paths: string[] = await generateArchive(root, 60)
    const site = buildOk(root, {NODE_OPTIONS: '--max-old-space-size=256'})
    const pages = Object.keys(site).filter((path) => /^meetings\/[^/]+\/index\.html$/.test(path))
    expect(pages.length).toBe(paths.length)
  }, 600_000)
})
