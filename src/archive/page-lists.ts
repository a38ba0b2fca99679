import {registerYears, type ActionYear, type DecisionYear, type RecommendationYear, type RegisterYears} from './register-years.js'
import {
  splitOrganizations,
  splitPeople,
  splitSeries,
  type OrganizationPage,
  type OrganizationYear,
  type PersonPage,
  type PersonYear,
  type SeriesPage,
  type SeriesYear
} from './split-pages.js'
import type {Archive, MeetingEntry} from './types.js'

/**
 * The page lists of a site: what each paginated template renders one page per entry of. A page that shows nothing
 * but its entry (and the settings) can be reused from the page cache while its entry is unchanged.
 */
export interface PageLists {
  meetingPages: readonly MeetingEntry[]
  personPages: readonly PersonPage[]
  organizationPages: readonly OrganizationPage[]
  seriesPages: readonly SeriesPage[]
  personYearPages: readonly PersonYear[]
  organizationYearPages: readonly OrganizationYear[]
  seriesYearPages: readonly SeriesYear[]
  decisionYearPages: readonly DecisionYear[]
  actionYearPages: readonly ActionYear[]
  recommendationYearPages: readonly RecommendationYear[]
}

/** The name of a page list, as the templates see it. */
export type PageList = keyof PageLists

/** Every page list's name. */
export const pageListNames: readonly PageList[] = [
  'meetingPages',
  'personPages',
  'organizationPages',
  'seriesPages',
  'personYearPages',
  'organizationYearPages',
  'seriesYearPages',
  'decisionYearPages',
  'actionYearPages',
  'recommendationYearPages'
]

/** Every page of the archive's page lists, and the registers' years the register index pages list. */
export function pageLists(archive: Archive): PageLists & {registers: RegisterYears} {
  const people = splitPeople(archive.people)
  const organizations = splitOrganizations(archive.organizations)
  const series = splitSeries(archive.series)
  const registers = registerYears(archive)
  return {
    registers,
    meetingPages: archive.meetings,
    personPages: people.pages,
    organizationPages: organizations.pages,
    seriesPages: series.pages,
    personYearPages: people.years,
    organizationYearPages: organizations.years,
    seriesYearPages: series.years,
    decisionYearPages: registers.decisions,
    actionYearPages: registers.actions,
    recommendationYearPages: registers.recommendations
  }
}
