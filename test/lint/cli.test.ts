import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {compileCli, runCli} from './compile.js'
import {meeting, tempArchive} from './archive.js'

const repo = join(import.meta.dirname, '..', '..')

beforeAll(compileCli)

const run = runCli

const front = 'title: Stakeholder Meeting\ndate: 2007-03-28\nseries: Stakeholder Meeting\nstatus: approved'
const good = 'meetings/2007/2007-03-28-stakeholder-meeting.md'
const warningOnly = meeting(front, '## Item\n\nWrite to helen@example.org.\n')
const bad = 'meetings/2007/notes.md'
const badText = meeting(front.replace('2007-03-28', '2007-04-25'))

describe('minutebook check', () => {
  it('exits 0 with warnings only and prints them with the summary', async () => {
    const root = await tempArchive({[good]: warningOnly})
    expect(run(['check'], root)).toEqual({
      status: 0,
      stdout:
        `${good}:10:10: warning: Unexpected e-mail address in the minutes, expected none; it is withheld from the archive [minutebook:contact-redacted]\n` +
        '\n1 warning\n',
      stderr: ''
    })
  })

  it('exits 1 when an error remains, printing the report once and nothing on stderr', async () => {
    const root = await tempArchive({[good]: warningOnly, [bad]: badText})
    expect(run(['check'], root)).toEqual({
      status: 1,
      stdout:
        `${good}:10:10: warning: Unexpected e-mail address in the minutes, expected none; it is withheld from the archive [minutebook:contact-redacted]\n` +
        '\n' +
        `${bad}:1:1: Unexpected file path \`${bad}\`, expected \`meetings/YYYY/YYYY-MM-DD-<slug>.md\` with a lower-case, hyphenated slug [minutebook:file-name]\n` +
        '\n1 error, 1 warning\n',
      stderr: ''
    })
  })

  it('checks only the paths given, relative to the working directory', async () => {
    const root = await tempArchive({[good]: meeting(front), [bad]: badText})
    expect(run(['check', good], root)).toEqual({status: 0, stdout: 'no issues found\n', stderr: ''})
    expect(run(['check', '--root', root, join(root, 'meetings', '2007')], repo).status).toBe(1)
  })

  it('prints GitHub annotations with --format github', async () => {
    const root = await tempArchive({[bad]: badText})
    expect(run(['check', '--format', 'github'], root)).toEqual({
      status: 1,
      stdout:
        `::error file=${bad},line=1,col=1,title=minutebook%3Afile-name::Unexpected file path \`${bad}\`, expected \`meetings/YYYY/YYYY-MM-DD-<slug>.md\` with a lower-case, hyphenated slug\n` +
        '1 error\n',
      stderr: ''
    })
  })

  it('prints JSON with --format json', async () => {
    const root = await tempArchive({[good]: warningOnly})
    const {status, stdout} = run(['check', '--format', 'json'], root)
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual([
      {
        file: good,
        line: 10,
        column: 10,
        severity: 'warning',
        rule: 'minutebook:contact-redacted',
        message: 'Unexpected e-mail address in the minutes, expected none; it is withheld from the archive'
      }
    ])
  })

  it('fails as a user error on a path that does not exist', async () => {
    const root = await tempArchive({[good]: meeting(front)})
    expect(run(['check', 'meetings/2099'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'minutebook: cannot read `meetings/2099` (ENOENT)\n'
    })
  })

  it('exits 0 over the example archive at the repository root', () => {
    const {status, stdout} = run(['check'], repo)
    expect({status, errors: stdout.split('\n').filter((line) => /^\S+:\d+:\d+: (?!warning: )/.test(line))}).toEqual({
      status: 0,
      errors: []
    })
  })
})
