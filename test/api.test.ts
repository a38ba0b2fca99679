/** Pins the public API: adding or removing an export of src/index.ts must be a deliberate change here. */
import {describe, expect, it} from 'vitest'
import type {
  Action,
  ActionEntry,
  AgendaItem,
  Archive,
  BuildArchiveOptions,
  Config,
  DecisionEntry,
  MeetingEntry,
  OrganizationEntry,
  PersonEntry,
  RecommendationItemGroup,
  SeriesEntry,
  YearEntry,
  Decision,
  Meeting,
  MeetingStatus,
  ParseOptions,
  ParseResult,
  Person,
  Recommendation,
  RegistryOrganization,
  RegistryPerson,
  RemarkMinutesOptions,
  Speaker
} from '../src/index.js'
import * as api from '../src/index.js'
import {buildArchive as buildArchiveDirect} from '../src/archive/build-archive.js'
import {loadConfig as loadConfigDirect} from '../src/parse/config.js'
import {parseMeeting as parseMeetingDirect} from '../src/extract/parse-meeting.js'
import {createMinutesProcessor as createMinutesProcessorDirect} from '../src/extract/processor.js'
import remarkMinutesDirect from '../src/extract/remark-minutes.js'

/** Every runtime export of the package, sorted; extend this list when a module adds to the public API. */
const runtimeExports = ['buildArchive', 'createMinutesProcessor', 'loadConfig', 'parseMeeting', 'remarkMinutes']

/** The type-only exports; a missing one fails type-checking of this file (vitest strips types at run time). */
export type PublicTypes = [
  Action,
  ActionEntry,
  AgendaItem,
  Archive,
  BuildArchiveOptions,
  Config,
  DecisionEntry,
  MeetingEntry,
  OrganizationEntry,
  PersonEntry,
  RecommendationItemGroup,
  SeriesEntry,
  YearEntry,
  Decision,
  Meeting,
  MeetingStatus,
  ParseOptions,
  ParseResult,
  Person,
  Recommendation,
  RegistryOrganization,
  RegistryPerson,
  RemarkMinutesOptions,
  Speaker
]

describe('public API', () => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(api).sort()).toEqual(runtimeExports)
  })

  it('re-exports the implementations, not copies', () => {
    expect(api.parseMeeting).toBe(parseMeetingDirect)
    expect(api.remarkMinutes).toBe(remarkMinutesDirect)
    expect(api.createMinutesProcessor).toBe(createMinutesProcessorDirect)
    expect(api.loadConfig).toBe(loadConfigDirect)
    expect(api.buildArchive).toBe(buildArchiveDirect)
  })

  it('exports only functions at run time', () => {
    for (const name of runtimeExports) expect(typeof (api as Record<string, unknown>)[name], name).toBe('function')
  })
})
