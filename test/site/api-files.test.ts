import {describe, expect, it} from 'vitest'
import type {Archive} from '../../src/archive/types.js'
import {apiFiles} from '../../src/site/api.js'
import {fixtureMeetings} from '../search/fixtures.js'

/** Just enough of an Archive for the API: its meetings. */
function archiveOf(meetings: typeof fixtureMeetings): Archive {
  return {meetings: meetings.map((meeting) => ({meeting}))} as unknown as Archive
}

describe('apiFiles', () => {
  it('writes the list as exactly what JSON.stringify gives, and each meeting on its own', () => {
    const files = apiFiles(archiveOf(fixtureMeetings))
    expect(files.get('/api/meetings.json')).toBe(JSON.stringify(fixtureMeetings, null, 2) + '\n')
    for (const meeting of fixtureMeetings) {
      expect(files.get(`/api/meetings/${meeting.slug}.json`)).toBe(JSON.stringify(meeting, null, 2) + '\n')
    }
    expect(files.size).toBe(fixtureMeetings.length + 1)
  })

  it('keeps text with line breaks and quotes intact', () => {
    const [first] = fixtureMeetings
    const odd = {...first!, title: 'Line one\nline two "quoted"\\'}
    const list = apiFiles(archiveOf([odd])).get('/api/meetings.json')!
    expect(JSON.parse(list)).toEqual([odd])
    expect(list).toBe(JSON.stringify([odd], null, 2) + '\n')
  })

  it('writes an empty list for an empty archive', () => {
    expect(apiFiles(archiveOf([])).get('/api/meetings.json')).toBe('[]\n')
  })
})
