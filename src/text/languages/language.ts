/**
 * The words minutes use in one language to mark attendance, logistics, roles and speech. Each language is one
 * data file beside this one; adding a language is adding a file and listing it in `index.ts`.
 *
 * A cue is a phrase matched against a heading or label as whole words, case and accents ignored (see
 * `cue-match.ts`): `present` matches "Present", "Present:" and "Present (in the room)"; a `*` stands for up to
 * four words ("next * meeting" matches "Next SPDX Hardware Team Meeting 2024-05-17"); a trailing `…` lets any
 * words follow ("guests …" matches "Guests speaking").
 */
export interface Language {
  /** BCP 47 primary tag: `en`, `de`, `fr`, `es`. */
  code: string
  /** The language's name in English, for the README and messages. */
  name: string
  /** Frequent short words that tell the language of a text. */
  stopwords: readonly string[]
  /** Headings and labels of a roll call, by what they say of the people listed under them. */
  attendance: {
    present: readonly string[]
    apologies: readonly string[]
    absent: readonly string[]
    guests: readonly string[]
    chair: readonly string[]
    scribe: readonly string[]
  }
  /** Headings and labels of sections that are not topics of the meeting. */
  logistics: {
    /** The agenda as announced. */
    agenda: readonly string[]
    links: readonly string[]
    recording: readonly string[]
    /** Date, time, place, start and end, how to join. */
    schedule: readonly string[]
    nextMeeting: readonly string[]
    /** Disclaimers, credits, licences. */
    other: readonly string[]
  }
  /** Headings that only group the topics below them ("Minutes", "Notes", "Protokoll"). */
  containers: readonly string[]
  /** Words a document title is made of ("Meeting", "Minutes", "Sitzung"): the first heading with one is the title. */
  titleWords: readonly string[]
  /** Labels that name a field of the minutes, never a person ("Note:", "Recording:", "Sitzungsbeginn:"). */
  fieldLabels: readonly string[]
  /** Notes in brackets after a name that are neither role nor organisation ("arrived 4:45", "remote"). */
  attendanceNotes: readonly string[]
  /** Titles written before names, with the gender they imply when they do. */
  honorifics: ReadonlyArray<{words: string; gender?: 'f' | 'm'}>
  /** Words that end a job title ("Chair", "Treasurer", "Vorsitzender"). */
  roles: readonly string[]
  /** Verbs whose subject is a speaker of the item ("said", "presented", "berichtet", "a présenté"). */
  speechVerbs: readonly string[]
}
