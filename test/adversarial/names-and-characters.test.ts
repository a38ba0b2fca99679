import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkArchive} from '../../src/lint/check-archive.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import type {MeetingEntry} from '../../src/archive/types.js'
import {defaultConfig} from '../../src/model/config.js'
import {parseConfig} from '../../src/parse/config.js'
import {meetingsCalendar} from '../../src/site/calendar.js'
import {escapeXml} from '../../src/site/xml.js'
import {repo} from './parse-in-worker.js'

const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-names-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const meeting = (title = 'Board') => `---\ntitle: ${title}\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\nText.\n`
const long = 'x'.repeat(252)
const expectedWords = 'expected letters and digits in words joined by single `-`, `_` or `.`, at most 200 bytes, as in `2007-02-28-stakeholder-meeting.md`'
const unusable = (name: string, why: string) => `Unexpected file name \`${name}\` whose slug cannot name a page (${why}), ${expectedWords}`

/** Issue 20, finding 7: names that cannot be a URL, and why. */
const names: Array<[string, string]> = [
  [`a"b'c.md`, 'it holds `"`'],
  ['%2e%2e.md', 'it holds `%`'],
  ['a b.md', 'it holds `U+0020` (a space)'],
  ['a%20b.md', 'it holds `%`'],
  [`${long}.md`, 'it is 252 bytes long'],
  ['-board.md', 'it starts with `-`'],
  ['board..minutes.md', 'it has `..` between two words'],
  ['.md', 'it is empty']
]

describe('slugs: one rule for `check` and `build`', () => {
  describe('on an archive holding each name', () => {
    const root = join(work, 'names')
    beforeAll(() => {
      mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
      cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
      for (const [name] of names) writeFileSync(join(root, 'meetings', '2024', name), meeting())
    }, 120_000)

    it('build stops with a positioned error for each, no internal error, nothing written', () => {
      const result = spawnSync(process.execPath, [cli, 'build', '--root', root, '--quiet'], {encoding: 'utf8', timeout: 120_000})
      expect(result.status).toBe(1)
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
      for (const [name, why] of names) expect(result.stderr).toContain(`${join(root, 'meetings', '2024', name)}:1:1: ${unusable(name, why)} [minutebook:file-name]`)
      expect(existsSync(join(root, '_site'))).toBe(false)
    }, 120_000)

    it('check says the same', async () => {
      const {files} = await checkArchive({root})
      const reported = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'file-name').map((message) => message.reason))
      for (const [name, why] of names) expect(reported).toContain(unusable(name, why))
    })
  })
})

describe('characters that are not text', () => {
  const path = 'meetings/2024/2024-01-01-board.md'
  it.each([
    ['U+FFFE in the title (a YAML escape)', meeting('"Board \\uFFFE"'), '2:1 `title`: Unexpected noncharacter (`U+FFFE`), expected text [front-matter-schema]'],
    ['U+FFFF in the title', meeting('"Board \\uFFFF"'), '2:1 `title`: Unexpected noncharacter (`U+FFFF`), expected text [front-matter-schema]'],
    ['a lone CR in the title', meeting('"Board\\rSUMMARY:x"'), '2:1 `title`: Unexpected control character (`U+000D`), expected text [front-matter-schema]'],
    ['NUL in the title', meeting('"Board\\0"'), '2:1 `title`: Unexpected NUL character (`U+0000`), expected text [front-matter-schema]'],
    ['U+FFFE written in the title', meeting('Board \uFFFE'), '2:14 Unexpected noncharacter (`U+FFFE`), expected text; the file looks binary or damaged [encoding]'],
    ['a control character in the minutes', meeting().replace('Text.', 'Te\u0007xt.'), '9:3 Unexpected control character (`U+0007`), expected text; the file looks binary or damaged [encoding]']
  ])('refuses %s', (_name, text, message) => {
    const result = parseMeeting(text, {path})
    expect(result.messages.map((each) => `${each.line}:${each.column} ${each.reason} [${each.ruleId}]`)).toEqual([message])
    expect(result.meeting).toBeUndefined()
  })

  it('refuses them in `minutebook.yml` too, on the line of the key', () => {
    const {config, messages} = parseConfig('title: "Board \\uFFFE archive\\rSUMMARY:x"\n', 'minutebook.yml')
    expect(config).toBeUndefined()
    expect(messages.map((each) => `${each.line}:${each.column} ${each.reason} [${each.ruleId}]`)).toEqual([
      '1:1 `title`: Unexpected noncharacter (`U+FFFE`), expected text [config-schema]'
    ])
    const written = parseConfig('title: Board \uFFFF\n', 'minutebook.yml')
    expect(written.messages.map((each) => `${each.line}:${each.column} ${each.reason} [${each.ruleId}]`)).toEqual([
      '1:14 Unexpected noncharacter (`U+FFFF`), expected text; the file looks binary or damaged [encoding]'
    ])
  })

  it('keeps feeds XML and calendar lines whole even so', () => {
    expect(escapeXml('a\uFFFEb\uFFFFc\uD800d\u0001e&')).toBe('abcde&#38;')
    const entry = {meeting: {slug: 'x', title: 'Board\rSUMMARY:x', date: '2024-01-01', status: 'approved'}} as unknown as MeetingEntry
    const calendar = meetingsCalendar([entry], defaultConfig)
    expect(calendar).not.toMatch(/\r(?!\n)/)
    expect(calendar).toContain('SUMMARY:Board\\nSUMMARY:x\r\n')
  })
})
