/**
 * Front matter keys of an archive's own, declared in `minutebook.yml` (`customFrontMatter`): accepted in meetings,
 * redacted like every published value, and given to templates as `meeting.custom`; undeclared, still refused.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkArchive} from '../../src/lint/check-archive.js'
import {toDiagnostics} from '../../src/lint/diagnostic.js'
import {buildSite} from '../../src/build/build-site.js'
import {check, tempArchive} from '../lint/archive.js'

const meeting = `---
title: Council
date: 2025-01-15
status: approved
minute-taker: Tom Reed, tom@example.org
venue:
  room: 4
  floor: ground
---

## Welcome

The Chair welcomed everyone.
`

describe('custom front matter keys', () => {
  it('are refused when minutebook.yml does not declare them', async () => {
    const diagnostics = await check({'meetings/2025/2025-01-15-council.md': meeting})
    expect(diagnostics.filter((each) => each.severity === 'error').map((each) => `${each.line} ${each.rule}`)).toEqual([
      '5 minutebook:front-matter-unknown-key',
      '6 minutebook:front-matter-unknown-key'
    ])
  })

  it('are accepted when declared, redacted, and reach the templates and the JSON API as meeting.custom', async () => {
    const root = await tempArchive({
      'minutebook.yml': 'title: Parish\nbaseUrl: https://parish.example.org\ncustomFrontMatter: [minute-taker, venue]\n',
      'meetings/2025/2025-01-15-council.md': meeting,
      // A page of the archive's own beside the shipped ones: what a maintainer adds to show the values.
      'site/minute-takers.njk':
        '---\npermalink: /minute-takers/\n---\n{% for entry in archive.meetings %}{{ entry.meeting.custom["minute-taker"] }} in room {{ entry.meeting.custom.venue.room }}\n{% endfor %}'
    })
    const diagnostics = toDiagnostics(await checkArchive({root}), root)
    expect(diagnostics.map((each) => `${each.line}:${each.column} ${each.severity} ${each.message}`)).toEqual([
      '5:1 warning Unexpected e-mail address in `minute-taker`, expected none; it is withheld from the archive'
    ])
    await buildSite({root, quiet: true, cache: false})
    expect(await readFile(join(root, '_site', 'minute-takers', 'index.html'), 'utf8')).toBe('Tom Reed, [e-mail withheld] in room 4\n')
    const api = JSON.parse(await readFile(join(root, '_site', 'api', 'meetings', '2025-01-15-council.json'), 'utf8')) as {custom: unknown}
    expect(api.custom).toEqual({'minute-taker': 'Tom Reed, [e-mail withheld]', venue: {room: 4, floor: 'ground'}})
  })
})
