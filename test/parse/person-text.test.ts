import {describe, expect, it} from 'vitest'
import {buildArchive} from '../../src/archive/build-archive.js'
import {defaultConfig} from '../../src/model/config.js'
import {parsePersonText} from '../../src/model/front-matter-schema.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

describe('a person written as one string in front matter', () => {
  it.each([
    ['Kristy Fleming (UNIAP-Cambodia)', {name: 'Kristy Fleming', organization: 'UNIAP-Cambodia'}],
    ['Margaret Hughes (Chair)', {name: 'Margaret Hughes', role: 'Chair'}],
    ['Touch Samon (Deputy Director)', {name: 'Touch Samon', role: 'Deputy Director'}],
    ['Sok Dara (Secrétaire)', {name: 'Sok Dara', role: 'Secrétaire'}],
    ['Anna Weber (Vorsitzende)', {name: 'Anna Weber', role: 'Vorsitzende'}],
    ['Yim Po (Executive Director, CCPCR)', {name: 'Yim Po', organization: 'CCPCR', role: 'Executive Director'}],
    // A long phrase ending in a role word names an organisation, commas and all.
    ['Lesley Miller (Child Protection Working Group)', {name: 'Lesley Miller', organization: 'Child Protection Working Group'}],
    // A body the person belongs to, though the parser reads "the Committee" in prose as a role.
    ['Tom Reed (Finance Committee)', {name: 'Tom Reed', organization: 'Finance Committee'}],
    ['Kristy Fleming (Secretariat)', {name: 'Kristy Fleming', organization: 'Secretariat'}],
    ['Touch Samon (Ministry of Social Affairs, Veterans and Youth Rehabilitation)', {name: 'Touch Samon', organization: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation'}],
    ['Bettina Maas', {name: 'Bettina Maas'}]
  ])('%j', (text, person) => {
    expect(parsePersonText(text)).toEqual(person)
  })

  it('makes no organisation page of a role: `Margaret Hughes (Chair)` chaired', () => {
    const source = '---\ntitle: Council\ndate: 2025-01-15\nstatus: approved\nattendees: ["Margaret Hughes (Chair)", "Tom Reed (Parish Trust)"]\n---\n\n## Welcome\n\nMargaret Hughes welcomed everyone.\n'
    const {meeting} = parseMeeting(source, {path: 'meetings/2025/2025-01-15-council.md', config: defaultConfig})
    expect(meeting?.attendees).toEqual([{name: 'Margaret Hughes', role: 'Chair'}, {name: 'Tom Reed', organization: 'Parish Trust'}])
    expect(buildArchive([meeting!], defaultConfig).organizations.map((organization) => organization.name)).toEqual(['Parish Trust'])
  })
})
