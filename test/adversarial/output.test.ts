import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {repo} from './parse-in-worker.js'

const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-output-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function archive(name: string): string {
  const root = join(work, name)
  mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  writeFileSync(join(root, 'meetings/2024/2024-01-01-board.md'), '---\ntitle: Board\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\nText.\n')
  return root
}

function build(root: string, out: string) {
  return spawnSync(process.execPath, [cli, 'build', '--root', root, '--out', out, '--quiet'], {encoding: 'utf8', timeout: 120_000})
}

describe('`--out` refuses what a build would destroy or miss', () => {
  it.each([
    ['NOTES.txt', 'My notes, not a site.\n'],
    ['minutebook.yml', undefined]
  ])('a file: `--out %s` is refused and the file left as it was', (name, text) => {
    const root = archive(`file-${name}`)
    if (text !== undefined) writeFileSync(join(root, name), text)
    const before = readFileSync(join(root, name), 'utf8')
    const result = build(root, name)
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      `minutebook: Unexpected output \`${join(root, name)}\` that is a file, expected a folder: a build replaces the output folder whole, and would delete it\n`
    )
    expect(readFileSync(join(root, name), 'utf8')).toBe(before)
    expect(lstatSync(join(root, name)).isFile()).toBe(true)
  }, 120_000)

  it('a symbolic link to the folder a web server serves is refused, not replaced by a folder of its own', () => {
    const root = archive('link')
    const served = join(work, 'www')
    expect(build(root, served).status).toBe(0)
    const page = join(served, 'meetings', '2024-01-01-board', 'index.html')
    const meeting = join(root, 'meetings/2024/2024-01-01-board.md')
    // A takedown: the meeting becomes a draft, and the next build must reach the served folder.
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('status: approved', 'status: draft'))
    symlinkSync(served, join(root, '_site'))
    const result = build(root, '_site')
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      `minutebook: Unexpected output \`${join(root, '_site')}\` that is a symbolic link (to \`${served}\`), expected a folder: a build replaces the output folder whole, so the link would be replaced and \`${served}\` left stale; build into it with \`--out ${served}\`\n`
    )
    expect(lstatSync(join(root, '_site')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(root, '_site'))).toBe(served)
    // Built into the folder itself, as the message says, the served copy loses the meeting.
    const direct = build(root, served)
    expect([direct.status, direct.stderr]).toEqual([0, ''])
    expect(existsSync(page)).toBe(false)
  }, 120_000)
})
