import {describe, expect, it} from 'vitest'
import {registerYears} from '../../src/archive/register-years.js'
import {meetingYears, splitAbove, splitOrganizations, splitPeople, splitSeries} from '../../src/archive/split-pages.js'
import type {ActionEntry, DecisionEntry, MeetingRef, OrganizationEntry, PersonEntry, RecommendationItemGroup, SeriesEntry} from '../../src/archive/types.js'
import {yearPlaces} from '../../src/archive/year-pages.js'

const ref = (date: string, n = 1): MeetingRef => ({slug: `${date}-meeting-${n}`, title: 'Meeting', date})
const item = {anchor: 'a', title: 'A'}
const decision = (date: string, outcome?: 'failed'): DecisionEntry => ({
  decision: {text: `decided on ${date}`, item: 'a', line: 1, ...(outcome ? {outcome} : {})},
  meeting: ref(date),
  item,
  personSlugs: {}
})
const action = (date: string, done: boolean): ActionEntry => ({
  id: `${date}/x`,
  action: {text: `act on ${date}`, done, item: 'a', line: 1},
  meeting: ref(date),
  item,
  done,
  status: done ? 'done' : 'open',
  owners: [],
  carriedIn: []
})
const recommendation = (date: string): RecommendationItemGroup => ({meeting: ref(date), item, groups: []})

/** `count` meetings a month apart from January 2001, each as a ref numbered from 1. */
function monthly(count: number): MeetingRef[] {
  return Array.from({length: count}, (_, index) => ref(`${2001 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`, index))
}

function person(meetings: readonly MeetingRef[]): PersonEntry {
  return {slug: 'dara-sok', name: 'Dara Sok', aliases: [], contributions: [], attendance: meetings.map((meeting) => ({meeting, as: 'attendee'})), actions: [], motions: []}
}

function organization(meetings: readonly MeetingRef[]): OrganizationEntry {
  return {slug: 'ccpcr', name: 'CCPCR', aliases: [], children: [], people: [], meetings: [...meetings]}
}

function series(meetings: readonly MeetingRef[]): SeriesEntry {
  return {slug: 'board', name: 'Board', meetings: [...meetings]}
}

describe('year places', () => {
  it('links each year to the years before and after it that have a page, and the ends to nothing', () => {
    expect(yearPlaces(['2007', '2009', '2010'])).toEqual([
      {year: '2007', newer: '2009'},
      {year: '2009', older: '2007', newer: '2010'},
      {year: '2010', older: '2009'}
    ])
    expect(yearPlaces(['2007'])).toEqual([{year: '2007'}])
    expect(yearPlaces([])).toEqual([])
  })
})

describe('the registers by year', () => {
  it('puts each entry on the year of its meeting, in the order of the register, oldest year first', () => {
    const years = registerYears({
      decisions: [decision('2007-03-28'), decision('2007-11-02'), decision('2010-01-05')],
      motionsNotCarried: [decision('2008-06-01', 'failed')],
      actions: [action('2009-02-01', false), action('2009-05-01', true)],
      recommendations: [recommendation('2007-03-28')]
    })
    expect(years.decisions.map(({year, older, newer, decisions, motionsNotCarried}) => [year, older, newer, decisions.length, motionsNotCarried.length])).toEqual([
      ['2007', undefined, '2008', 2, 0],
      // A year with only motions not carried has a page too: they are listed on it.
      ['2008', '2007', '2010', 0, 1],
      ['2010', '2008', undefined, 1, 0]
    ])
    expect(years.decisions[0]!.decisions.map((entry) => entry.meeting.date)).toEqual(['2007-03-28', '2007-11-02'])
    expect(years.actions).toEqual([{year: '2009', actions: [action('2009-02-01', false), action('2009-05-01', true)]}])
    expect(years.recommendations).toEqual([{year: '2007', recommendations: [recommendation('2007-03-28')]}])
  })

  it('gives an empty register no year pages', () => {
    expect(registerYears({decisions: [], motionsNotCarried: [], actions: [], recommendations: []})).toEqual({decisions: [], actions: [], recommendations: []})
  })
})

describe('person and organisation pages split by year', () => {
  it(`leaves a person at ${splitAbove} meetings on one page, unchanged`, () => {
    const entry = person(monthly(splitAbove))
    expect(splitPeople([entry])).toEqual({pages: [entry], years: []})
  })

  it(`splits a person at ${splitAbove + 1} meetings: the summary with a count per year, newest first, and a page per year`, () => {
    const meetings = monthly(splitAbove + 1)
    const {pages, years} = splitPeople([person(meetings)])
    expect(pages).toHaveLength(1)
    expect(pages[0]!.attendance).toEqual([])
    expect(pages[0]!.years!.slice(0, 2)).toEqual([
      {year: '2009', meetings: 5},
      {year: '2008', meetings: 12}
    ])
    expect(pages[0]!.years!.reduce((sum, year) => sum + year.meetings, 0)).toBe(splitAbove + 1)
    expect(years.map((page) => page.year)).toEqual(['2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009'])
    expect(years[0]).toMatchObject({person: {slug: 'dara-sok', name: 'Dara Sok'}, year: '2001', newer: '2002'})
    expect(years[0]!.older).toBeUndefined()
    expect(years[8]!.attendance.map((record) => record.meeting)).toEqual(meetings.slice(96))
  })

  it('counts a meeting once however many records the person has at it', () => {
    const meetings = monthly(splitAbove)
    const entry = {...person(meetings), contributions: meetings.map((meeting) => ({meeting, item}))}
    expect(splitPeople([entry]).years).toEqual([])
  })

  it(`splits an organisation named at more than ${splitAbove} meetings, and leaves the others`, () => {
    const small = {...organization(monthly(3)), slug: 'small'}
    const {pages, years} = splitOrganizations([organization(monthly(splitAbove + 1)), small])
    expect(pages[1]).toBe(small)
    expect(pages[0]).toMatchObject({slug: 'ccpcr', meetings: []})
    expect(pages[0]!.years![0]).toEqual({year: '2009', meetings: 5})
    expect(years.at(-1)).toMatchObject({organization: {slug: 'ccpcr', name: 'CCPCR'}, year: '2009', older: '2008'})
    expect(years.at(-1)!.meetings).toHaveLength(5)
  })
})

describe('series pages and the list of all meetings split by year', () => {
  it(`leaves a series of ${splitAbove} meetings on one page, the same entry`, () => {
    const entry = series(monthly(splitAbove))
    const {pages, years} = splitSeries([entry])
    expect(pages).toHaveLength(1)
    expect(pages[0]).toBe(entry)
    expect(years).toEqual([])
  })

  it(`splits a series of ${splitAbove + 1} meetings: the summary with a count per year, newest first, and a page per year`, () => {
    const meetings = monthly(splitAbove + 1)
    const small = {...series(monthly(3)), slug: 'small'}
    const {pages, years} = splitSeries([series(meetings), small])
    expect(pages[1]).toBe(small)
    expect(pages[0]).toMatchObject({slug: 'board', name: 'Board', meetings: []})
    expect(pages[0]!.years!.slice(0, 2)).toEqual([
      {year: '2009', meetings: 5},
      {year: '2008', meetings: 12}
    ])
    expect(pages[0]!.years!.map((year) => year.year)).toEqual(['2009', '2008', '2007', '2006', '2005', '2004', '2003', '2002', '2001'])
    expect(pages[0]!.years!.reduce((sum, year) => sum + year.meetings, 0)).toBe(splitAbove + 1)
    // Only the big series has year pages, oldest first, each linked to its neighbours.
    expect(years.map((page) => page.year)).toEqual(['2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009'])
    expect(years[0]).toEqual({series: {slug: 'board', name: 'Board'}, year: '2001', newer: '2002', meetings: meetings.slice(0, 12)})
    expect(years[4]).toMatchObject({year: '2005', older: '2004', newer: '2006'})
    expect(years.at(-1)).toEqual({series: {slug: 'board', name: 'Board'}, year: '2009', older: '2008', meetings: meetings.slice(96)})
  })

  it(`lists the years of the archive, newest first with their counts, only past ${splitAbove} meetings`, () => {
    const byYear = (meetings: readonly MeetingRef[]) => [...new Set(meetings.map((meeting) => meeting.date.slice(0, 4)))].map((year) => ({year, meetings: meetings.filter((meeting) => meeting.date.startsWith(year))}))
    expect(meetingYears(byYear(monthly(splitAbove)))).toEqual([])
    const years = meetingYears(byYear(monthly(splitAbove + 1)))
    expect(years[0]).toEqual({year: '2009', meetings: 5})
    expect(years.map((year) => year.year)).toEqual(['2009', '2008', '2007', '2006', '2005', '2004', '2003', '2002', '2001'])
    expect(years.reduce((sum, year) => sum + year.meetings, 0)).toBe(splitAbove + 1)
    expect(meetingYears([])).toEqual([])
  })
})
