import type {Action, Meeting} from '../model/meeting.js'
import {compareMeetings} from '../text/compare.js'
import {nameKey} from './names.js'
import {slugify} from '../text/slug.js'

/** Where an action was written: the meeting, the agenda item's anchor and the source line. */
export interface LedgerPlace {
  meeting: string
  item: string
  line: number
}

/** Where an action was marked done: a checked task item (with its place) or the meeting's `closes:` list. */
export interface LedgerClosure {
  meeting: string
  via: 'task' | 'closes'
  /** Anchor and line of the checked task item; absent when closed by `closes:`. */
  item?: string
  line?: number
}

/** One action followed across the meetings of its series. */
export interface LedgerAction {
  /** Stable id: `<meeting slug>/<first words of the action>`, what `closes:` may list. */
  id: string
  /** The action as first raised. */
  action: Action
  series?: string
  raisedIn: LedgerPlace
  status: 'open' | 'done'
  /** Later meetings that listed the action again, still open. */
  carriedIn: LedgerPlace[]
  closedIn?: LedgerClosure
}

/** Options of {@link buildActionLedger}. */
export interface LedgerOptions {
  /** Canonical spelling of an owner's name (the registry's), so "K. Fleming" matches "Kristy Fleming". */
  resolveName?: (name: string) => string
  /** Called for each `closes:` entry that names no open action of the meeting's series. */
  onUnmatchedClose?: (meeting: Meeting, reference: string) => void
}

const noWords: ReadonlySet<string> = new Set()

/** The owner key of actions without an owner (name keys are never empty of letters, let alone a NUL). */
const noOwner = '\u0000'

/** Below this Dice similarity of their content words, two action texts are different actions. */
const threshold = 0.6

const stopWords = new Set(
  'a an and as at be by for from in into is of on or the their to with will should shall was were has have'
    .split(' ')
    .concat('january february march april may june july august september october november december'.split(' '))
    .concat('jan feb mar apr jun jul aug sep sept oct nov dec next week month meeting'.split(' '))
)

/** The words of a text that may count (stop words and ordinals left out), each with its trimmed ending. */
interface TextWords {
  pairs: Array<[word: string, stem: string]>
  /** The stems of every pair: the content words when no owner's name is among the words. */
  stems: Set<string>
}

/** Lower-cased words of a name or text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The words of an action's text that may count, before its owner's name is taken out. */
function textWords(text: string): TextWords {
  const pairs = wordsOf(text)
    .filter((word) => !stopWords.has(word) && !/^\d+(?:st|nd|rd|th)?$/.test(word))
    .map((word): [string, string] => [word, word.length > 4 ? word.replace(/(?:ing|ed|es|e|s)$/, '') : word])
  return {pairs, stems: new Set(pairs.map(([, stem]) => stem))}
}

/** Content words of an action, owner and dates left out and endings trimmed, so wordings of one action compare equal. */
function contentWords(text: TextWords, ownerWords: ReadonlySet<string>): Set<string> {
  if (!text.pairs.some(([word]) => ownerWords.has(word))) return text.stems
  return new Set(text.pairs.filter(([word]) => !ownerWords.has(word)).map(([, stem]) => stem))
}

/** Dice coefficient of two word sets (1 when both are empty). */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** The first words of an action as an id part: readable, and stable while the text is. */
function idPart(text: string): string {
  return slugify(text, 'action').split('-').slice(0, 8).join('-')
}

function place(meeting: Meeting, action: Action): LedgerPlace {
  return {meeting: meeting.slug, item: action.item, line: action.line}
}

/**
 * Follows actions across meetings: an action stays open until a later meeting of the same series
 * marks it done, by a checked task item naming it (same owner, similar text) or by listing its id
 * or text under `closes:`. An unchecked item that names an open action carries it. Meetings without
 * a series form one series of their own. Result in order raised (meeting date, slug, line).
 */
export function buildActionLedger(meetings: readonly Meeting[], options: LedgerOptions = {}): LedgerAction[] {
  const resolve = options.resolveName ?? ((name: string) => name)
  // Owner keys are asked for once per (action, open action) pair: worked out once per spelling.
  const ownerKeys = new Map<string, string>()
  const ownerKey = (owner: string | undefined): string | undefined => {
    if (owner === undefined) return undefined
    let key = ownerKeys.get(owner)
    if (key === undefined) ownerKeys.set(owner, (key = nameKey(resolve(owner))))
    return key
  }
  // The words of an owner's name, left out of the action's content words: worked out once per spelling.
  const ownerWordSets = new Map<string, Set<string>>()
  const ownerWords = (owner: string | undefined): ReadonlySet<string> => {
    if (owner === undefined) return noWords
    let set = ownerWordSets.get(owner)
    if (set === undefined) ownerWordSets.set(owner, (set = new Set(wordsOf(owner))))
    return set
  }
  const ledger: LedgerAction[] = []
  const words = new Map<LedgerAction, Set<string>>()
  const order = new Map<LedgerAction, number>()
  const keys = new Map<LedgerAction, string>()
  // Per series: every entry in ledger order, and the entries by content word. Two actions below the threshold share
  // at least one word (or have none), so only the entries sharing a word are compared: comparing each action with
  // every open action of its series grew as n², too slow for a large archive.
  const bySeries = new Map<string, {all: LedgerAction[]; byWord: Map<string, LedgerAction[]>; wordless: LedgerAction[]}>()
  const raisedBy = new Map<string, LedgerAction[]>()
  const byOrder = (a: LedgerAction, b: LedgerAction) => order.get(a)! - order.get(b)!

  for (const meeting of [...meetings].sort(compareMeetings)) {
    const series = meeting.series ?? ''
    let state = bySeries.get(series)
    if (state === undefined) bySeries.set(series, (state = {all: [], byWord: new Map(), wordless: []}))
    const {all, byWord, wordless} = state
    const isOpen = (entry: LedgerAction) => entry.status === 'open' && entry.raisedIn.meeting !== meeting.slug
    /** Open actions of the series that share a word with `stems` (or have none), of owner `key` or of none, in ledger order (which decides ties). */
    const candidates = (key: string | undefined, stems: ReadonlySet<string>): LedgerAction[] => {
      const found = new Set<LedgerAction>(wordless)
      for (const stem of stems) for (const entry of byWord.get(stem) ?? []) found.add(entry)
      const owned = (entry: LedgerAction) => key === undefined || keys.get(entry) === key || keys.get(entry) === noOwner
      return [...found].filter((entry) => isOpen(entry) && owned(entry)).sort(byOrder)
    }
    const best = (text: string, owner: string | undefined) => {
      const key = ownerKey(owner)
      let found: LedgerAction | undefined
      let score = threshold
      // With an owner, the text's words do not depend on the open action: worked out once, not once per pair.
      const written = textWords(text)
      const mine = owner === undefined ? undefined : contentWords(written, ownerWords(owner))
      for (const entry of candidates(key, mine ?? written.stems)) {
        // Without an owner of its own (a `closes:` entry), the text is read as if it named this owner.
        const value = similarity(mine ?? contentWords(written, ownerWords(entry.action.owner)), words.get(entry)!)
        if (value >= score && (found === undefined || value > score)) {
          found = entry
          score = value
        }
      }
      return found
    }

    for (const reference of meeting.closes ?? []) {
      const wanted = reference.trim().toLowerCase()
      const entry = all.find((candidate) => isOpen(candidate) && candidate.id.toLowerCase() === wanted) ?? best(reference, undefined)
      if (entry) {
        entry.status = 'done'
        entry.closedIn = {meeting: meeting.slug, via: 'closes'}
      } else {
        options.onUnmatchedClose?.(meeting, reference)
      }
    }

    const taken = new Set((raisedBy.get(meeting.slug) ?? []).map((entry) => entry.id))
    for (const action of meeting.actions) {
      const earlier = best(action.text, action.owner)
      if (earlier && action.done) {
        earlier.status = 'done'
        earlier.closedIn = {meeting: meeting.slug, via: 'task', item: action.item, line: action.line}
        continue
      }
      if (earlier) {
        earlier.carriedIn.push(place(meeting, action))
        continue
      }
      const base = `${meeting.slug}/${idPart(action.text)}`
      let id = base
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
      taken.add(id)
      const entry: LedgerAction = {
        id,
        action,
        ...(meeting.series === undefined ? {} : {series: meeting.series}),
        raisedIn: place(meeting, action),
        status: action.done ? 'done' : 'open',
        carriedIn: [],
        ...(action.done ? {closedIn: {meeting: meeting.slug, via: 'task' as const, item: action.item, line: action.line}} : {})
      }
      order.set(entry, ledger.length)
      ledger.push(entry)
      keys.set(entry, ownerKey(action.owner) ?? noOwner)
      const raised = raisedBy.get(meeting.slug)
      if (raised) raised.push(entry)
      else raisedBy.set(meeting.slug, [entry])
      all.push(entry)
      const content = contentWords(textWords(action.text), ownerWords(action.owner))
      words.set(entry, content)
      if (content.size === 0) wordless.push(entry)
      for (const stem of content) {
        const list = byWord.get(stem)
        if (list) list.push(entry)
        else byWord.set(stem, [entry])
      }
    }
  }
  return ledger
}
