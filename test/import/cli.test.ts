import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, onTestFinished, test, vi} from 'vitest'
import {runImport, type ImportIo} from '../../src/cli/import.js'
import {main} from '../../src/cli/main.js'
import {UserError} from '../../src/model/errors.js'

const minutes = 'Welcome\nThe Chair, Bettina Maas, welcomed attendees.\n\nOther business\nNone.\n'

interface Captured extends ImportIo {
  stdout: string[]
  stderr: string[]
}

async function archive(files: Record<string, string>): Promise<Captured> {
  const cwd = await mkdtemp(join(tmpdir(), 'minutebook-import-cli-'))
  onTestFinished(() => rm(cwd, {recursive: true, force: true}))
  for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, name), text)
  const stdout: string[] = []
  const stderr: string[] = []
  return {cwd, stdout, stderr, out: (text) => void stdout.push(text), err: (text) => void stderr.push(text)}
}

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('minutebook import', () => {
  test('writes meetings/YYYY/YYYY-MM-DD-<slug>.md and says where', async () => {
    const io = await archive({'board.txt': minutes})
    const outcomes = await runImport(['board.txt'], {root: '.', date: '2009-06-30', title: 'Board Meeting'}, io)
    expect(outcomes).toEqual([
      {file: 'board.txt', status: 'imported', target: 'meetings/2009/2009-06-30-board-meeting.md', detail: 'meetings/2009/2009-06-30-board-meeting.md'}
    ])
    expect(await readFile(join(io.cwd, 'meetings/2009/2009-06-30-board-meeting.md'), 'utf8')).toBe(
      '---\ntitle: Board Meeting\ndate: 2009-06-30\nstatus: draft\n---\n\n## Welcome\n\nThe Chair, Bettina Maas, welcomed attendees.\n\n## Other business\n\nNone.\n'
    )
    expect(io.stdout.join('')).toBe(
      'wrote meetings/2009/2009-06-30-board-meeting.md (2 agenda items) from board.txt\n' +
        'Check each file by hand and fix what the messages point at; the import is filed as `status: draft`.\n'
    )
    expect(io.stderr).toEqual([])
  })

  test('refuses to overwrite an existing meeting and leaves it untouched', async () => {
    const io = await archive({'board.txt': minutes})
    await mkdir(join(io.cwd, 'meetings/2009'), {recursive: true})
    await writeFile(join(io.cwd, 'meetings/2009/2009-06-30-board-meeting.md'), 'kept')
    const run = runImport(['board.txt'], {root: '.', date: '2009-06-30', title: 'Board Meeting'}, io)
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(
      'meetings/2009/2009-06-30-board-meeting.md already exists; import never overwrites a meeting: move or delete that file, or import with another `--title` or `--out`'
    )
    expect(await readFile(join(io.cwd, 'meetings/2009/2009-06-30-board-meeting.md'), 'utf8')).toBe('kept')
  })

  test('--dry-run prints the Markdown and writes nothing', async () => {
    const io = await archive({'board.txt': minutes})
    await runImport(['board.txt'], {root: '.', date: '2009-06-30', title: 'Board Meeting', dryRun: true}, io)
    expect(io.stdout.join('')).toBe(
      '---\ntitle: Board Meeting\ndate: 2009-06-30\nstatus: draft\n---\n\n## Welcome\n\nThe Chair, Bettina Maas, welcomed attendees.\n\n## Other business\n\nNone.\n'
    )
    expect(io.stderr.join('')).toBe('would write meetings/2009/2009-06-30-board-meeting.md (2 agenda items) from board.txt\n')
    expect((await readdir(io.cwd)).sort()).toEqual(['board.txt'])
  })

  test('--out chooses the meetings folder; --series is written', async () => {
    const io = await archive({'board.txt': minutes})
    await runImport(['board.txt'], {root: '.', date: '2009-06-30', title: 'Board', series: 'Board', out: 'elsewhere'}, io)
    expect(await readFile(join(io.cwd, 'elsewhere/2009/2009-06-30-board.md'), 'utf8')).toMatch(/^---\ntitle: Board\ndate: 2009-06-30\nseries: Board\nstatus: draft\n---\n/)
  })

  test('messages about the result are printed as file:line:col: message [minutebook:rule]', async () => {
    const io = await archive({'seed.txt': `${minutes}Meeting Closed\n Legal Sector Cooperation\n`})
    const outcomes = await runImport(['seed.txt'], {root: '.', date: '2009-06-30', title: 'Board Meeting'}, io)
    expect(outcomes[0]!.status).toBe('needs attention')
    expect(io.stderr).toEqual([
      'meetings/2009/2009-06-30-board-meeting.md:17:3: warning: Unexpected lines after the closing item, expected the minutes to end there: kept as a list; move `Legal Sector Cooperation` and the lines after it where they belong, or delete them [minutebook:import-trailing-text]\n'
    ])
  })

  test('several files: a progress line each, then a summary table; a failure fails the run after the table', async () => {
    const io = await archive({
      'a.txt': `Minutes of the Board Meeting\n30 June 2009\n\n${minutes}`,
      'b.txt': minutes,
      'c.md': '---\ntitle: Council\ndate: 2009-07-01\n---\n\nHello.\n'
    })
    const run = runImport(['a.txt', 'b.txt', 'c.md'], {root: '.'}, io)
    await expect(run).rejects.toThrow('1 file of 3 could not be imported (see the table)')
    const stderr = io.stderr.join('')
    expect(stderr).toContain('[1/3] importing a.txt\n')
    expect(stderr).toContain('[2/3] importing b.txt\nminutebook: b.txt: the meeting date is not stated')
    expect(stderr).toContain('[3/3] importing c.md\n')
    expect(io.stdout.slice(-1)[0]).toBe(
      [
        '',
        'file   result           written to / reason',
        'a.txt  imported         meetings/2009/2009-06-30-minutes-of-the-board-meeting.md',
        'b.txt  failed           the meeting date is not stated at the top of the document nor in its file name; give it with `--date YYYY-MM-DD` (one file at a time), like `--date 2007-02-28`, or start the file name with it',
        'c.md   needs attention  meetings/2009/2009-07-01-council.md (1 message)',
        '3 files: 1 imported, 1 need attention, 1 failed',
        ''
      ].join('\n')
    )
    expect((await readdir(join(io.cwd, 'meetings/2009'))).sort()).toEqual(['2009-06-30-minutes-of-the-board-meeting.md', '2009-07-01-council.md'])
  })

  test('a missing date, through the real CLI entry: exit code 1 and a message asking for --date', async () => {
    const io = await archive({'board.txt': minutes})
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    await main(['node', 'minutebook', 'import', join(io.cwd, 'board.txt'), '--root', io.cwd])
    expect(process.exitCode).toBe(1)
    expect(stderr.mock.calls.map((call) => String(call[0]))).toEqual([
      'minutebook: board.txt: the meeting date is not stated at the top of the document nor in its file name; give it with `--date YYYY-MM-DD` (one file at a time), like `--date 2007-02-28`, or start the file name with it\n'
    ])
    expect(await readdir(io.cwd)).toEqual(['board.txt'])
  })
})
