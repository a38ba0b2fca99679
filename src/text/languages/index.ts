import {compileCue, cueLength, cueTokens, type Cue, type CueToken} from '../cue-match.js'
import {createRecordCues, type RecordCues} from '../record-cues.js'
import de from './de.js'
import en from './en.js'
import es from './es.js'
import fr from './fr.js'
import type {Language} from './language.js'

export type {Language} from './language.js'

/** Every language minutebook reads, English first. */
export const languages: readonly Language[] = [en, de, fr, es]

/** What a heading or label can announce. */
export type CueKind =
  | 'present'
  | 'apologies'
  | 'absent'
  | 'guests'
  | 'chair'
  | 'scribe'
  | 'agenda'
  | 'links'
  | 'recording'
  | 'schedule'
  | 'next-meeting'
  | 'other'
  | 'container'

/** The attendance kinds among the cue kinds. */
export type AttendanceKind = 'present' | 'apologies' | 'absent' | 'guests' | 'chair' | 'scribe'

/** The cue words of the languages a meeting is read in, compiled once. */
export interface CueSet {
  /** The languages, primary first. */
  languages: readonly Language[]
  /** True when the primary language capitalises its nouns: a name is then known, titled or bold, never guessed from capitals. */
  capitalisedNouns: boolean
  /** The kind a heading or label announces (the longest matching cue wins), if any. */
  kindOf(text: string): CueKind | undefined
  /** True when a text is a document title's kind of words ("Meeting", "Protokoll"). */
  hasTitleWord(text: string): boolean
  /** True when a label (without its colon) is a field of the minutes rather than a person. */
  isFieldLabel(text: string): boolean
  /** True when the words in brackets after a name are a note ("arrived 4:45"), neither role nor organisation. */
  isAttendanceNote(text: string): boolean
  /** True when a word or phrase ends a role ("Chair", "TAC Chair", "Vorsitzender"). */
  isRole(text: string): boolean
  /** Speech verbs of every language of the set, one or two words each. */
  speechVerbs: ReadonlySet<string>
  /** The words of decisions, motions, votes and actions, compiled. */
  records: RecordCues
}

function kindCues(language: Language): Array<[CueKind, string]> {
  const {attendance, logistics} = language
  return [
    ...attendance.present.map((cue): [CueKind, string] => ['present', cue]),
    ...attendance.apologies.map((cue): [CueKind, string] => ['apologies', cue]),
    ...attendance.absent.map((cue): [CueKind, string] => ['absent', cue]),
    ...attendance.guests.map((cue): [CueKind, string] => ['guests', cue]),
    ...attendance.chair.map((cue): [CueKind, string] => ['chair', cue]),
    ...attendance.scribe.map((cue): [CueKind, string] => ['scribe', cue]),
    ...logistics.agenda.map((cue): [CueKind, string] => ['agenda', cue]),
    ...logistics.links.map((cue): [CueKind, string] => ['links', cue]),
    ...logistics.recording.map((cue): [CueKind, string] => ['recording', cue]),
    ...logistics.schedule.map((cue): [CueKind, string] => ['schedule', cue]),
    ...logistics.nextMeeting.map((cue): [CueKind, string] => ['next-meeting', cue]),
    ...logistics.other.map((cue): [CueKind, string] => ['other', cue]),
    ...language.containers.map((cue): [CueKind, string] => ['container', cue])
  ]
}

function wordKey(text: string): string {
  return cueTokens(text)
    .flatMap((token) => ('word' in token ? [token.word] : []))
    .join(' ')
}

function createCueSet(chosen: readonly Language[]): CueSet {
  const byKind: Array<[CueKind, Cue]> = chosen.flatMap((language) => kindCues(language).map(([kind, text]): [CueKind, Cue] => [kind, compileCue(text)]))
  const titleWords = new Set(chosen.flatMap((language) => language.titleWords.map(wordKey)))
  const fieldLabels = new Set(chosen.flatMap((language) => language.fieldLabels.map(wordKey)))
  const notes = chosen.flatMap((language) => language.attendanceNotes.map(wordKey))
  const roles = new Set(chosen.flatMap((language) => language.roles.map(wordKey)))
  const speechVerbs = new Set(chosen.flatMap((language) => language.speechVerbs))
  return {
    languages: chosen,
    capitalisedNouns: chosen[0]?.capitalisesNouns === true,
    kindOf(text: string): CueKind | undefined {
      const tokens: CueToken[] = cueTokens(text)
      let best: CueKind | undefined
      let bestLength = 0
      for (const [kind, cue] of byKind) {
        const length = cueLength(cue, tokens)
        if (length > bestLength) {
          best = kind
          bestLength = length
        }
      }
      return best
    },
    hasTitleWord(text: string): boolean {
      const words = wordKey(text).split(' ')
      return words.some((word, index) => titleWords.has(word) || titleWords.has(`${word} ${words[index + 1] ?? ''}`))
    },
    isFieldLabel(text: string): boolean {
      return fieldLabels.has(wordKey(text))
    },
    isAttendanceNote(text: string): boolean {
      const key = wordKey(text)
      return key === '' || notes.some((note) => key === note || key.startsWith(`${note} `))
    },
    isRole(text: string): boolean {
      const words = wordKey(text).split(' ')
      const last = words[words.length - 1] ?? ''
      return roles.has(wordKey(text)) || roles.has(last)
    },
    speechVerbs,
    records: createRecordCues(chosen)
  }
}

const cueSets = new Map<string, CueSet>()

/** The language of a code, when minutebook has its cue words. */
function languageOf(code: string | undefined): Language | undefined {
  if (code === undefined) return undefined
  const primary = code.toLowerCase().split('-')[0]
  return languages.find((language) => language.code === primary)
}

/** The cue set for a primary language, English added (minutes in any language use English labels too). */
export function cueSetFor(code: string): CueSet {
  const primary = languageOf(code) ?? en
  const key = primary.code
  let set = cueSets.get(key)
  if (!set) {
    set = createCueSet(primary === en ? [en] : [primary, en])
    cueSets.set(key, set)
  }
  return set
}
