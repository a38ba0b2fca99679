import {describe, expect, it} from 'vitest'
import type {Archive} from '../../src/archive/types.js'
import {apiFiles} from '../../src/render/api.js'
import {fixtureMeetings} from '../search/fixtures.js'

/** Just enough of an Archive for the API: its meetings. */
function archiveOf(meetings: typeof fixtureMeetings): Archive {
  return {meetings: meetings.map((meeting) => ({meeting}))} as unknown as Archive
}

describe('apiFiles', () => {
  it('writes each meeting as the Meeting contract, and a list of summaries pointing at them', () => {
    const files = apiFiles(archiveOf(fixtureMeetings))
    for (const meeting of fixtureMeetings) {
      expect(files.get(`/api/meetings/${meeting.slug}.json`)).toBe(JSON.stringify(meeting, null, 2) + '\n')
    }
    expect(files.size).toBe(fixtureMeetings.length + 1)
    expect(JSON.parse(files.get('/api/meetings.json')!)[0]).toEqual({
      slug: '2007-03-28-stakeholder-meeting',
      title: 'Stakeholder Meeting on Human Trafficking',
      date: '2007-03-28',
      series: 'Stakeholder Meeting',
      status: 'approved',
      location: 'Phnom Penh',
      page: '/meetings/2007-03-28-stakeholder-meeting/',
      json: '/api/meetings/2007-03-28-stakeholder-meeting.json'
    })
  })

  it('keeps the list small: no item text, only where to find it', () => {
    const list = apiFiles(archiveOf(fixtureMeetings)).get('/api/meetings.json')!
    expect(list).not.toContain('Svay')
    expect(JSON.parse(list).map((entry: {slug: string}) => entry.slug)).toEqual(fixtureMeetings.map((meeting) => meeting.slug))
  })

  it('puts the path prefix in front of every address and encodes non-Latin slugs', () => {
    const [first] = fixtureMeetings
    const khmer = {...first!, slug: '2007-03-28-កិច្ចប្រជុំ'}
    const [entry] = JSON.parse(apiFiles(archiveOf([khmer]), 'minutes').get('/api/meetings.json')!) as Array<{page: string; json: string}>
    expect(entry?.page).toBe('/minutes/meetings/2007-03-28-%E1%9E%80%E1%9E%B7%E1%9E%85%E1%9F%92%E1%9E%85%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%87%E1%9E%BB%E1%9F%86/')
    expect(entry?.json).toBe('/minutes/api/meetings/2007-03-28-%E1%9E%80%E1%9E%B7%E1%9E%85%E1%9F%92%E1%9E%85%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%87%E1%9E%BB%E1%9F%86.json')
  })

  it('writes an empty list for an empty archive', () => {
    expect(apiFiles(archiveOf([])).get('/api/meetings.json')).toBe('[]\n')
  })
})
