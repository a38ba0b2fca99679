/**
 * The public API of minutebook: the parser as a function, as a unified plugin and as a
 * ready processor, the settings loader, and the types of the Meeting contract and settings.
 */
export {parseMeeting} from './parse/parse-meeting.js'
export type {ParseOptions, ParseResult} from './parse/parse-meeting.js'
export {default as remarkMinutes} from './parse/remark-minutes.js'
export type {Options as RemarkMinutesOptions} from './parse/remark-minutes.js'
export {createMinutesProcessor} from './parse/processor.js'
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
