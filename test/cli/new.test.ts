import {copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it, onTestFinished} from 'vitest'
import {compileCli, runCli} from '../lint/compile.js'

const repo = join(import.meta.dirname, '..', '..')

beforeAll(compileCli)

const run = runCli

const march = `---
title: Stakeholder Meeting
date: 2007-03-28
series: Stakeholder Meeting
status: approved
chair: John McGeoghan
location: Phnom Penh
attendees:
  - John McGeoghan (IOM)
  - name: Kristy Fleming
    organization: UNIAP-Cambodia
    role: Project Advisor
    aliases: [K. Fleming]
  - Lesley Miller
---

## Coordination structure

- [ ] Kristy Fleming to circulate the coordination structure by 15 April 2007
- [x] Lesley Miller to share the list of focal points
- [ ] Secretariat to book a room for the May meeting
`

const board = `---
title: Board
date: 2007-04-02
series: Board
status: approved
attendees: [Someone Else]
---

## Tasks

- [ ] Someone Else to audit the accounts
`

async function archive(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'minutebook-new-'))
  onTestFinished(() => rm(root, {recursive: true, force: true}))
  await mkdir(join(root, 'templates'))
  await copyFile(join(repo, 'templates', 'meeting.md'), join(root, 'templates', 'meeting.md'))
  await mkdir(join(root, 'meetings', '2007'), {recursive: true})
  await writeFile(join(root, 'meetings', '2007', '2007-03-28-stakeholder-meeting.md'), march)
  await writeFile(join(root, 'meetings', '2007', '2007-04-02-board.md'), board)
  return root
}

const expected = `---
# yaml-language-server: $schema=../../node_modules/minutebook/schemas/meeting.schema.json
title: Stakeholder Meeting
date: 2007-04-25
series: Stakeholder Meeting
status: draft
chair: John McGeoghan
location: Phnom Penh
attendees:
  - John McGeoghan (IOM)
  - name: Kristy Fleming
    organization: UNIAP-Cambodia
    role: Project Advisor
    aliases:
      - K. Fleming
  - Lesley Miller
apologies: []
approves: 2007-03-28-stakeholder-meeting
# closes: [ids or texts of earlier actions marked done at this meeting]
---

## Welcome and apologies

## Review and adoption of agenda

## Review and adoption of minutes

## Matters arising

- [ ] Kristy Fleming to circulate the coordination structure by 15 April 2007
- [ ] Secretariat to book a room for the May meeting

## Other business

## Next meeting

## Meeting closed
`

describe('minutebook new', () => {
  it('writes the draft at meetings/YYYY/YYYY-MM-DD-<slug>.md with the series attendees and open actions, and prints its path', async () => {
    const root = await archive()
    const path = 'meetings/2007/2007-04-25-stakeholder-meeting.md'
    expect(run(['new', '--title', 'Stakeholder Meeting', '--date', '2007-04-25', '--series', 'Stakeholder Meeting'], root)).toEqual({
      status: 0,
      stdout: `${path}\n`,
      stderr: ''
    })
    expect(await readFile(join(root, path), 'utf8')).toBe(expected)
    // The new draft passes check: only reminders that the adoption items still need their decisions, and that
    // "Secretariat" (carried over from March, where it is also reported) owns an action without being a person.
    const checked = run(['check', '--format', 'json'], root)
    expect(checked.status).toBe(0)
    expect(JSON.parse(checked.stdout).map((d: {file: string; line: number; rule: string}) => `${d.file.slice(-33)} ${d.line} ${d.rule}`)).toEqual([
      '2007-03-28-stakeholder-meeting.md 21 minutebook:action-owner-unknown',
      '2007-04-25-stakeholder-meeting.md 24 minutebook:adoption-without-decision',
      '2007-04-25-stakeholder-meeting.md 26 minutebook:adoption-without-decision',
      '2007-04-25-stakeholder-meeting.md 31 minutebook:action-owner-unknown'
    ])
  })

  it('starts a series of its own without attendees, approvals or carried actions', async () => {
    const root = await archive()
    const path = 'meetings/2007/2007-05-01-launch-of-the-working-group.md'
    expect(run(['new', '--title', 'Launch of the Working Group', '--date', '2007-05-01', '--series', 'Working Group'], root).stdout).toBe(`${path}\n`)
    const text = await readFile(join(root, path), 'utf8')
    expect(text.split('\n---\n')[0]).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../node_modules/minutebook/schemas/meeting.schema.json',
        'title: Launch of the Working Group',
        'date: 2007-05-01',
        'series: Working Group',
        'status: draft',
        '# chair: Name of the chair',
        '# location: Where the meeting was held',
        'attendees: [] # "Name (Organisation)" or {name, organization, role, aliases}',
        'apologies: []',
        '# approves: slug of the meeting whose minutes this meeting adopted, e.g. 2007-02-28-stakeholder-meeting',
        '# closes: [ids or texts of earlier actions marked done at this meeting]'
      ].join('\n')
    )
    expect(text).not.toContain('- [ ]')
  })

  it('refuses to overwrite an existing file', async () => {
    const root = await archive()
    const args = ['new', '--title', 'Stakeholder Meeting', '--date', '2007-04-25', '--series', 'Stakeholder Meeting']
    run(args, root)
    const path = join(root, 'meetings', '2007', '2007-04-25-stakeholder-meeting.md')
    await writeFile(path, 'edited by the secretary\n')
    expect(run(args, root)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'minutebook: meetings/2007/2007-04-25-stakeholder-meeting.md already exists; edit it, or choose another --title\n'
    })
    expect(await readFile(path, 'utf8')).toBe('edited by the secretary\n')
  })

  it('refuses a date that is not a calendar date', async () => {
    const root = await archive()
    expect(run(['new', '--title', 'X', '--date', '2007-02-30'], root)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'minutebook: Unexpected date `2007-02-30`, expected a calendar date written YYYY-MM-DD\n'
    })
  })

  it('uses the template shipped with minutebook when the archive has none, and works from a folder inside the archive', async () => {
    const root = await archive()
    await rm(join(root, 'templates'), {recursive: true})
    const result = run(['new', '--title', 'Audit', '--date', '2007-06-01', '--series', 'Audit'], join(root, 'meetings', '2007'))
    expect(result).toEqual({status: 0, stdout: '2007-06-01-audit.md\n', stderr: ''})
    const text = await readFile(join(root, 'meetings', '2007', '2007-06-01-audit.md'), 'utf8')
    const template = await readFile(join(repo, 'templates', 'meeting.md'), 'utf8')
    expect(text.split('\n---\n')[1]).toBe(template.split('\n---\n')[1])
    expect(text).toMatch(/^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/minutebook\/schemas\/meeting\.schema\.json\ntitle: Audit\ndate: 2007-06-01\nseries: Audit\n/)
  })

  it('keeps the letters of every script in the file name (a Khmer title stays whole)', async () => {
    const root = await archive()
    expect(run(['new', '--title', 'ក្រុមប្រឹក្សា', '--date', '2007-06-02'], root)).toEqual({
      status: 0,
      stdout: 'meetings/2007/2007-06-02-ក្រុមប្រឹក្សា.md\n',
      stderr: ''
    })
  })

  it('suggests the nearest series when the one given is new and nearly one the archive has', async () => {
    const root = await archive()
    expect(run(['new', '--title', 'Stakeholder Meeting', '--date', '2007-04-25', '--series', 'Stakeholder Meting'], root)).toEqual({
      status: 0,
      stdout: 'meetings/2007/2007-04-25-stakeholder-meeting.md\n',
      stderr:
        'minutebook: warning: no earlier meeting has the series `Stakeholder Meting`; did you mean `Stakeholder Meeting`? ' +
        '(if so, correct `series:` in the new file)\n'
    })
    // A series of its own, far from any other, is said nothing about.
    expect(run(['new', '--title', 'Launch', '--date', '2007-05-01', '--series', 'Working Group'], root).stderr).toBe('')
  })

  it('refuses to run outside an archive, pointing at init', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'minutebook-new-empty-'))
    onTestFinished(() => rm(empty, {recursive: true, force: true}))
    expect(run(['new', '--title', 'X', '--date', '2007-06-01'], empty)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `minutebook: no archive here: expected \`minutebook.yml\` or \`meetings/\` in \`${empty}\` or a folder above it; ` +
        'run `minutebook init` to start one, or give its folder with `--root`\n'
    })
  })
})
