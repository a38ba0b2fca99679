import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {archiveRuleMessages} from '../../src/lint/archive-rules.js'
import {defaultConfig} from '../../src/model/config.js'
import type {Meeting} from '../../src/model/meeting.js'

const root = mkdtempSync(join(tmpdir(), 'minutebook-archive-rules-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** A meeting that approves one the archive lacks, so the rule reads its text to place the message. */
function approving(path: string): {path: string; meeting: Meeting} {
  const meeting: Meeting = {
    slug: path.replace(/^.*\/|\.md$/g, ''),
    source: path,
    title: 'Stakeholder Meeting',
    date: '2007-03-28',
    status: 'approved',
    attendees: [],
    apologies: [],
    approves: '2007-02-28-nowhere',
    items: [],
    logistics: [],
    speakers: [],
    organizations: []
  }
  return {path, meeting}
}

describe('archive rules in build, reading a meeting again to place a message', () => {
  it('places the message on line 1 of a meeting deleted since it was parsed', () => {
    const messages = archiveRuleMessages(root, [approving('meetings/2007/2007-03-28-stakeholder-meeting.md')], defaultConfig)
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['approves-unknown', 1]])
  })

  it('lets any other read failure through instead of taking it for an empty file', () => {
    // A folder where the meeting was: EISDIR, which says something is wrong, not that the text is empty.
    const path = 'meetings/2007/2007-03-29-stakeholder-meeting.md'
    mkdirSync(join(root, path), {recursive: true})
    expect(() => archiveRuleMessages(root, [approving(path)], defaultConfig)).toThrow(/EISDIR/)
  })
})
