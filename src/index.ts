/**
 * The public API of minutebook: the parser as a function, as a unified plugin and as a
 * ready processor, the settings loader, the Archive the Eleventy plugin renders (`buildArchive`),
 * and the types of the Meeting contract, the Archive and the settings.
 */
export {parseMeeting} from './extract/parse-meeting.js'
export type {ParseOptions, ParseResult} from './extract/parse-meeting.js'
export {default as remarkMinutes} from './extract/remark-minutes.js'
export type {Options as RemarkMinutesOptions} from './extract/remark-minutes.js'
export {createMinutesProcessor} from './extract/processor.js'
export {loadConfig} from './parse/config.js'
export type {
  Action,
  AgendaItem,
  Decision,
  Meeting,
  MeetingStatus,
  Person,
  Recommendation,
  Speaker
} from './model/meeting.js'
export type {Config, RegistryOrganization, RegistryPerson} from './model/config.js'
export {buildArchive} from './archive/build-archive.js'
export type {BuildArchiveOptions} from './archive/build-archive.js'
export type {
  ActionEntry,
  Archive,
  DecisionEntry,
  MeetingEntry,
  OrganizationEntry,
  PersonEntry,
  RecommendationItemGroup,
  SeriesEntry,
  YearEntry
} from './archive/types.js'
export type {PageList, PageLists} from './archive/page-lists.js'
export type {ActionYear, DecisionYear, RecommendationYear, RegisterYears} from './archive/register-years.js'
export type {OrganizationPage, OrganizationYear, PersonPage, PersonYear, SeriesPage, SeriesYear, YearCount} from './archive/split-pages.js'
export type {YearPlace} from './archive/year-pages.js'
