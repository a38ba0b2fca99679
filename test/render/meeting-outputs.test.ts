import {readFileSync} from 'node:fs'
import {cp, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readMeetings} from '../../src/build/read-meetings.js'
import {defaultConfig} from '../../src/model/config.js'
import type {LoadedMeeting} from '../../src/build/serialized-result.js'
import {meetingOutputs, type MeetingOutputs} from '../../src/render/meeting-outputs.js'
import {publishedMarkdown} from '../../src/render/published-markdown.js'

const repo = join(import.meta.dirname, '..', '..')
const root = await mkdtemp(join(tmpdir(), 'minutebook-outputs-'))
await cp(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})

afterAll(() => rm(root, {recursive: true, force: true}))

/** A result's outputs with its Markdown, which a parse-cache entry keeps in a file of its own beside it. */
function withMarkdown(result: LoadedMeeting): MeetingOutputs | undefined {
  if (result.outputs === undefined || result.outputs.markdown !== undefined) return result.outputs
  return {...result.outputs, markdown: readFileSync(result.cachedFiles!.markdown.file, 'utf8')}
}

describe('per-meeting outputs worked out beside the parse', () => {
  it('come with every meeting, cold and from the cache, equal to working them out afresh', async () => {
    for (const run of ['cold', 'warm']) {
      const loaded = await readMeetings(root, defaultConfig)
      expect(loaded.length).toBeGreaterThan(0)
      for (const result of loaded) {
        expect([run, result.path, withMarkdown(result)]).toEqual([run, result.path, result.meeting ? meetingOutputs(result.meeting) : undefined])
      }
      // From the cache, the Markdown is only in its file.
      if (run === 'warm') expect(loaded.filter((result) => result.outputs?.markdown !== undefined)).toEqual([])
    }
  })

  it('hold the published Markdown and one text per agenda item, sub-items included', async () => {
    const [seed] = (await readMeetings(root, defaultConfig)).filter((result) => result.path.endsWith('2007-02-28-stakeholder-meeting.md'))
    const meeting = seed?.meeting
    if (!meeting) throw new Error('the seed meeting did not parse')
    const count = (items: typeof meeting.items): number => items.reduce((sum, item) => sum + 1 + count(item.items), 0)
    expect(withMarkdown(seed)?.markdown).toBe(publishedMarkdown(meeting))
    expect(seed.outputs?.itemTexts).toHaveLength(count(meeting.items))
    expect(seed.outputs?.itemTexts.every((text) => !text.includes('<'))).toBe(true)
  })
})
