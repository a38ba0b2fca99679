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
  /** The language's name in English, for the docs and messages. */
  name: string
  /** True where every noun is capitalised (German): capitals then tell no name from a noun ("Großes Plakat wird ..."). */
  capitalisesNouns?: true
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
  /** Decisions stated outright. Phrases match as whole words anywhere in a sentence; `*` stands for up to five words. */
  decisions: {
    /** Words that open a line or list entry as a decision: `Decision:`, `RESOLVED:`, `Beschluss:`. */
    markers: readonly string[]
    /** Headings and lead-ins whose lists are decisions: "Decisions", "Resolutions", "Beschlüsse". */
    sections: readonly string[]
    /** Prose that records a decision: "it was agreed", "was adopted", "wurde beschlossen". */
    phrases: readonly string[]
    /** Prose that looks like a decision and is not: "carried forward", "agreed to meet again". */
    notDecisions: readonly string[]
  }
  /** Motions, their movers and seconders, votes, outcomes and elections. */
  motions: {
    /** What opens a motion, at the start of a line ("Moved:", "Proposed by", "PROPOSAL:") or after a name ("X moved that"). */
    moved: readonly string[]
    seconded: readonly string[]
    carried: readonly string[]
    failed: readonly string[]
    withdrawn: readonly string[]
    deferred: readonly string[]
    unanimous: readonly string[]
    votesFor: readonly string[]
    votesAgainst: readonly string[]
    votesAbstain: readonly string[]
    /** "was elected", "gewählt", "élu": a decision naming who takes an office. */
    elected: readonly string[]
    /** Headings of an election ("Vote for the", "Election of", "Wahl"), followed by the office. */
    election: readonly string[]
    /** What may follow an outcome set apart at the end of an entry: "- accepted for 2.4", "- deferred to March". */
    qualifiers: readonly string[]
  }
  /** Actions: markers, sections, statuses, owners' verbs, deadlines. */
  actions: {
    markers: readonly string[]
    sections: readonly string[]
    done: readonly string[]
    inProgress: readonly string[]
    /** Owners that are everyone of the meeting ("All", "Everyone", "Alle"). */
    everyone: readonly string[]
    /** What follows an owner in a task ("Dana to ...", "Dana will ...", "Dana wird ...", "Dana va ..."). */
    after: readonly string[]
    /** Words that introduce a deadline ("by", "bis", "avant le", "antes del"). */
    due: readonly string[]
    /** What opens a task no one owns: "we need to", "next step is to", "muss noch", "il faut". */
    obligations: readonly string[]
    /** Verbs of work that open a to-do in the imperative: "Review #9125", "ping Dana", "Envoyer le compte rendu". */
    imperatives: readonly string[]
    /** A task in the passive future: "to be posted", "will be circulated"; the words before the participle. */
    passive: readonly string[]
    /** What names who does a task in the passive: "to be drafted by Kate", "wird von Jan entworfen". */
    agent: readonly string[]
    /** When a passive task is due, which makes it one: "next week", "soon", "später", "bientôt". */
    soon: readonly string[]
    /** Participles after `passive` that describe, not assign ("will be held", "to be decided"). */
    notTasks: readonly string[]
    /** The twelve months, each with its names and abbreviations. */
    months: ReadonlyArray<readonly string[]>
  }
}
