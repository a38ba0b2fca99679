/**
 * parseMeeting reads a meeting with `readMinutes`, the function the remarkMinutes plugin runs: the section trees
 * come back as its return value, not through the file's data.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {createMinutesProcessor} from '../../src/extract/processor.js'

const path = 'meetings/2007/2007-02-28-one.md'
const source = '---\ntitle: One\ndate: 2007-02-28\nstatus: approved\n---\n\n## One\n\nText.\n\n## Two\n\n## Next meeting\n\nThursday.\n'

describe('parseMeeting', () => {
  it('gives the Meeting the remarkMinutes plugin gives', () => {
    const file = new VFile({path, value: source})
    const processor = createMinutesProcessor()
    processor.runSync(processor.parse(file), file)
    const result = parseMeeting(source, {path})
    // The plugin leaves slug and source to its caller.
    expect(result.meeting).toEqual({...file.data.meeting, slug: '2007-02-28-one', source: path})
    expect(result.file.data.meeting).toBe(result.meeting)
    expect(result.messages.map(String)).toEqual(file.messages.map(String))
  })

  it('returns the trees of the sections with content only when asked, and never puts them in the file’s data', () => {
    expect(parseMeeting(source, {path}).itemTrees).toBeUndefined()
    const result = parseMeeting(source, {path, keepItemTrees: true})
    const [one, two] = result.meeting!.items
    const [next] = result.meeting!.logistics
    expect([...result.itemTrees!.keys()]).toEqual([one, next])
    expect(two!.html).toBe('')
    expect(Object.keys(result.file.data).sort()).toEqual(['frontMatter', 'meeting'])
  })
})
