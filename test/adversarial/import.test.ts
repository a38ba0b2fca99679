import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {boundMs, repo} from './parse-in-worker.js'
import {writeZipBomb} from './zip-bomb.js'

const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-import-bounds-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/**
 * `minutebook import <file> --dry-run` in a child held to a 256 MB heap and {@link boundMs}: a runaway import is
 * killed (status null) or aborts out of memory instead of taking the suite with it.
 */
function importFile(name: string) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', cli, 'import', name, '--date', '2024-01-01', '--dry-run'], {
    cwd: work,
    encoding: 'utf8',
    timeout: boundMs,
    maxBuffer: 64 * 1024 * 1024
  })
  return {status: result.status, stderr: result.stderr, stdout: result.stdout}
}

describe(`import refuses what would exhaust memory or time, within ${boundMs / 1000} s and a 256 MB heap`, () => {
  it('a .txt of `1.1.1.…` (160,000 groups on one line; 87 s before) is refused for its line length', () => {
    writeFileSync(join(work, 'dots.txt'), 'Board Meeting\n\n' + '1.'.repeat(160_000) + '1\n')
    const result = importFile('dots.txt')
    expect(result.stderr).toBe('minutebook: dots.txt:3:1: Unexpected line of 320001 characters, expected at most 65536; the file is not minutes as text, or lost its line breaks\n')
    expect(result.status).toBe(1)
  }, boundMs + 30_000)

  it('a 1 MB line (it never ended before) is refused', () => {
    writeFileSync(join(work, 'line.txt'), 'Board Meeting\n\n' + 'a.b-'.repeat(262_144) + '\n')
    const result = importFile('line.txt')
    expect(result.stderr).toBe('minutebook: line.txt:3:1: Unexpected line of 1048576 characters, expected at most 65536; the file is not minutes as text, or lost its line breaks\n')
    expect(result.status).toBe(1)
  }, boundMs + 30_000)

  it('lines of `1.1.1.…` under the line cap are read in linear time (the address pattern was quadratic: 56 s for half this)', () => {
    writeFileSync(join(work, 'groups.txt'), 'Board Meeting\n\n' + `${'1.'.repeat(32_000)}1\n\n`.repeat(60) + 'Write to board@example.org.\n')
    const result = importFile('groups.txt')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Write to <board@example.org>.')
  }, boundMs + 30_000)

  it('a text of more than 4 Mi characters is refused', () => {
    writeFileSync(join(work, 'long.md'), 'Board Meeting\n\n' + 'Short line.\n'.repeat(400_000))
    const result = importFile('long.md')
    expect(result.stderr).toMatch(/^minutebook: long\.md: Unexpected text of 4800015 characters, expected at most 4194304 \(4 Mi\) for one meeting; split the file/)
    expect(result.status).toBe(1)
  }, boundMs + 30_000)

  it.each([
    ['that states its size', 'bomb.docx', undefined],
    ['that states a false, small size', 'liar.docx', 1_000]
  ])('a .docx of 0.5 MB that unpacks to 500 MB, %s, is refused before it is unpacked', async (_how, name, declared) => {
    await writeZipBomb(join(work, name), 500 * 1024 * 1024, declared)
    const result = importFile(name)
    expect(result.stderr).toBe(
      `minutebook: ${name}: Unexpected Word document whose text unpacks to more than 67108864 bytes (64 MiB; at \`word/document.xml\`), expected a document of minutes; the file is damaged or built to exhaust memory\n`
    )
    expect(result.status).toBe(1)
    expect(readdirSync(work).includes('meetings')).toBe(false)
  }, boundMs + 30_000)

  it('a .docx of the same parts with a little text is read', async () => {
    await writeZipBomb(join(work, 'small.docx'), 100)
    const result = importFile('small.docx')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Board Meeting')
  }, boundMs + 30_000)
})
