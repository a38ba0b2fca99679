import type {Language} from './languages/language.js'
import {createActionCues} from './action-cues.js'
import {createDecisionCues} from './decision-cues.js'
import {createMotionCues} from './motion-cues.js'
import type {Outcome, Votes} from './outcomes.js'
import {createSharedCues} from './shared-cues.js'

/** What an explicit marker at the start of a paragraph, line or list item declares. */
export type MarkerKind = 'decision' | 'action' | 'recommendation'

/** A marker found at the start of a text, and the text after it. */
export interface Marker {
  kind: MarkerKind
  rest: string
}

export type {Outcome, Votes} from './outcomes.js'

/**
 * The words of decisions, motions, votes and actions of a meeting's languages, compiled once: markers at the start
 * of a line, headings of decision and action lists, decision prose, outcomes, vote counts, statuses and deadlines.
 */
export interface RecordCues {
  marker(text: string): Marker | undefined
  startsWithMarker(line: string): boolean
  /** The kind a heading or lead-in gives its lists when it is nothing but that kind ("Decisions", "Aufgaben"). */
  kindOfTitle(title: string): MarkerKind | undefined
  /** True when a sentence records a decision in prose and is not a question, a condition or a false friend. */
  isDecision(sentence: string): boolean
  /** True for prose that looks like a decision and is not ("carried forward", "wird später entschieden"). */
  isNotDecision(text: string): boolean
  /** The outcome a text states: carried, failed, withdrawn or deferred. */
  outcome(text: string): Outcome | undefined
  /** True when a line ends with its outcome after a dash: "Secure Messaging Protocol Public License - approved". */
  isTrailingOutcome(text: string): boolean
  /** True when a text is nothing but an outcome (and votes): "Motion carried (3 for, 0 against).", "Passes", "Vertagt". */
  isOutcomeLine(text: string): boolean
  unanimous(text: string): boolean
  votes(text: string): Votes | undefined
  /** A motion opening: "Moved: A", "Moved by A, seconded by B, that ...", "PROPOSAL: ...", "A proposed that ...". */
  motion(text: string): {mover?: string; seconder?: string; rest: string; prose?: boolean} | undefined
  /** "Seconded: B", "seconded by B". */
  seconder(text: string): string | undefined
  /** True when a text says someone was elected ("was elected", "gewählt", "élu"). */
  isElection(text: string): boolean
  /** The office an election heading names: "Vote for the President" -> "President". */
  electionOffice(title: string): string | undefined
  /** A done or in-progress word in an action ("DONE", "IN PROCESS", "erledigt"), and the text without it. */
  status(text: string): {status?: 'done' | 'in-progress'; text: string}
  /** True for an owner that is everyone ("All", "Alle", "Tous"). */
  isEveryone(word: string): boolean
  /** The words that follow an owner in a task, as a pattern ("to", "will", "wird", "va"). */
  ownerFollow: RegExp
  /** Words that introduce a deadline. */
  dueWords: RegExp | undefined
  /** True when a sentence sets a task no one owns: "We need to update the page", "Invitation to be sent next week". */
  isUnownedTask(sentence: string): boolean
  /** The words after the agent of a task in the passive ("will be investigated by Kate." -> "Kate."), if there is one. */
  passiveAgent(sentence: string): string | undefined
  /** True when a text opens with a verb of work in the imperative: "Review #9125", "ping Dana for feedback". */
  isImperativeTask(text: string): boolean
  /** Month number (1-12) by name or abbreviation, any language of the set. */
  month(name: string): number | undefined
  /** The month names as one alternation, for date patterns. */
  monthAlternatives: string
}

/** Compiles the record cues of some languages. */
export function createRecordCues(languages: readonly Language[]): RecordCues {
  const shared = createSharedCues(languages)
  return {...createDecisionCues(shared), ...createMotionCues(shared), ...createActionCues(languages, shared)}
}
