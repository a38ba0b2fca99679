import type {Action, Meeting} from '../model/meeting.js'
import {compareMeetings} from './compare.js'
import {nameKey} from './names.js'
import {slugify} from './slugs.js'

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

/** Below this Dice similarity of their content words, two action texts are different actions. */
const threshold = 0.6

const stopWords = new Set(
  'a an and as at be by for from in into is of on or the their to with will should shall was were has have'
    .split(' ')
    .concat('january february march april may june july august september october november december'.split(' '))
    .concat('jan feb mar apr jun jul aug sep sept oct nov dec next week month meeting'.split(' '))
)

/** Content words of an action, owner and dates left out and endings trimmed, so wordings of one action compare equal. */
function contentWords(text: string, owner: string | undefined): Set<string> {
  const ownerWords = new Set(owner === undefined ? [] : (owner.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !stopWords.has(word) && !ownerWords.has(word) && !/^\d+(?:st|nd|rd|th)?$/.test(word))
    .map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|e|s)$/, '') : word))
  return new Set(words)
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
  const ledger: LedgerAction[] = []
  const words = new Map<LedgerAction, Set<string>>()
  // The ledger's entries per series, in ledger order: scanning the whole ledger per action grows as n².
  const bySeries = new Map<string, LedgerAction[]>()
  const raisedBy = new Map<string, LedgerAction[]>()

  for (const meeting of [...meetings].sort(compareMeetings)) {
    const series = meeting.series ?? ''
    const open = () =>
      (bySeries.get(series) ?? []).filter((entry) => entry.status === 'open' && entry.raisedIn.meeting !== meeting.slug)
    const best = (text: string, owner: string | undefined) => {
      const key = ownerKey(owner)
      let found: LedgerAction | undefined
      let score = threshold
      // With an owner, the text's words do not depend on the open action: worked out once, not once per pair.
      const mine = owner === undefined ? undefined : contentWords(text, owner)
      for (const entry of open()) {
        const theirs = ownerKey(entry.action.owner)
        if (key !== undefined && theirs !== undefined && key !== theirs) continue
        // Without an owner of its own (a `closes:` entry), the text is read as if it named this owner.
        const value = similarity(mine ?? contentWords(text, entry.action.owner), words.get(entry)!)
        if (value >= score && (found === undefined || value > score)) {
          found = entry
          score = value
        }
      }
      return found
    }

    for (const reference of meeting.closes ?? []) {
      const wanted = reference.trim().toLowerCase()
      const entry = open().find((candidate) => candidate.id.toLowerCase() === wanted) ?? best(reference, undefined)
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
      ledger.push(entry)
      for (const [index, key] of [[bySeries, entry.series ?? ''], [raisedBy, meeting.slug]] as const) {
        const list = index.get(key)
        if (list) list.push(entry)
        else index.set(key, [entry])
      }
      words.set(entry, contentWords(action.text, action.owner))
    }
  }
  return ledger
}
