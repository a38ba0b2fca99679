import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.js'

let root: string

function minutes(date: string, body: string): string {
  return `---\ntitle: Stakeholder Meeting\ndate: ${date}\nseries: Stakeholder Meeting\nstatus: approved\nattendees:\n  - Yim Po (CCPCR)\n---\n\n${body}\n`
}

/** The text of the table row holding `needle`, tags stripped, spaces collapsed. */
function rowWith(html: string, needle: string): string {
  const row = html.split('<tr>').find((part) => part.includes(needle)) ?? ''
  return row.split('</tr>')[0]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim()
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutebook-actions-'))
  await mkdir(join(root, 'meetings', '2007'), {recursive: true})
  const files: Record<string, string> = {
    '2007-05-30-stakeholder-meeting.md': minutes('2007-05-30', '## Follow-up\n\n- [ ] Yim Po to circulate the shelter guidelines by 20 June 2007'),
    '2007-06-27-stakeholder-meeting.md': minutes('2007-06-27', '## Matters arising\n\n- [ ] Yim Po to circulate the shelter guidelines by 20 June 2007'),
    '2007-07-25-stakeholder-meeting.md': minutes('2007-07-25', '## Matters arising\n\n- [x] Yim Po to circulate the shelter guidelines by 20 June 2007')
  }
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, 'meetings', '2007', name), text)
  await buildSite({root, quiet: true})
}, 180_000)

afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('the actions register page', () => {
  it('lists each year with its open and done actions on the index, newest first', async () => {
    const html = await readFile(join(root, '_site', 'actions', 'index.html'), 'utf8')
    expect(html).toContain('<p>0 open and 1 done.</p>')
    expect(html).toContain('<li><a href="/actions/2007/">2007</a> <span class="muted">(0 open, 1 done)</span></li>')
    expect(html).not.toContain('Yim Po to circulate')
  })

  it('shows, on the year it was raised, an action raised, carried over and closed in a third meeting once, with where it was raised and closed', async () => {
    const html = await readFile(join(root, '_site', 'actions', '2007', 'index.html'), 'utf8')
    expect(html.split('Yim Po to circulate the shelter guidelines').length - 1).toBe(1)
    const row = rowWith(html, 'Yim Po to circulate the shelter guidelines')
    expect(row).toContain('Yim Po')
    expect(row).toContain('20 June 2007')
    expect(row).toContain('Follow-up Stakeholder Meeting, 30 May 2007')
    expect(row).toContain('Matters arising Stakeholder Meeting, 25 July 2007')
    expect(html).toContain('href="/meetings/2007-05-30-stakeholder-meeting/#follow-up"')
    expect(html).toContain('href="/meetings/2007-07-25-stakeholder-meeting/#matters-arising"')
  })
})
