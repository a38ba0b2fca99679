import type {Decision, Meeting} from '../model/meeting.js'
import type {LedgerAction} from './action-ledger.js'
import {compareStrings} from '../text/compare.js'
import {isAdopted} from './outcomes.js'
import {ownerNames} from './owners.js'
import {flattenItems, type ActionEntry, type Archive, type DecisionEntry, type ItemRef, type MeetingRef, type RecommendationItemGroup} from './types.js'

/** The person page slug of a spelling of a name, when that person has a page. */
export type PersonSlugOf = (name: string) => string | undefined

function itemIndex(meeting: Meeting): Map<string, ItemRef> {
  const index = new Map<string, ItemRef>()
  for (const item of flattenItems(meeting.items)) {
    index.set(item.anchor, {anchor: item.anchor, title: item.title, ...(item.number === undefined ? {} : {number: item.number})})
  }
  // A decision or action may stand in the text before the first topic or under "Next meeting".
  for (const part of meeting.logistics ?? []) index.set(part.anchor, {anchor: part.anchor, title: part.title})
  return index
}

function itemOf(index: Map<string, ItemRef>, anchor: string): ItemRef {
  return index.get(anchor) ?? {anchor, title: anchor}
}

/** The names a decision gives people: mover, seconder and those elected. */
export function decisionNames(decision: Decision): string[] {
  return [
    ...(decision.mover === undefined ? [] : [decision.mover]),
    ...(decision.seconder === undefined ? [] : [decision.seconder]),
    ...(decision.elected ?? []).map((election) => election.name)
  ]
}

/** Person page slugs of the names a decision gives, by spelling (sorted, so the archive's JSON is stable). */
function slugsIn(decision: Decision, personSlug: PersonSlugOf): Record<string, string> {
  const slugs: Record<string, string> = {}
  for (const name of [...new Set(decisionNames(decision))].sort(compareStrings)) {
    const slug = personSlug(name)
    if (slug !== undefined) slugs[name] = slug
  }
  return slugs
}

/**
 * Every decision and motion with its meeting and item, carried or not, in meeting order: what the decisions register
 * and people's motions are made from.
 */
export function decisionEntries(meetings: readonly {meeting: Meeting; ref: MeetingRef}[], personSlug: PersonSlugOf): DecisionEntry[] {
  return meetings.flatMap(({meeting, ref}) => {
    const index = itemIndex(meeting)
    return meeting.decisions.map((decision) => ({decision, meeting: ref, item: itemOf(index, decision.item), personSlugs: slugsIn(decision, personSlug)}))
  })
}

/**
 * The decisions register (decisions stated outright and carried motions) and, apart from it, the motions that failed,
 * were withdrawn or deferred: the minutes record them, but they decided nothing.
 */
export function decisionsRegister(entries: readonly DecisionEntry[]): Pick<Archive, 'decisions' | 'motionsNotCarried'> {
  return {
    decisions: entries.filter((entry) => isAdopted(entry.decision)),
    motionsNotCarried: entries.filter((entry) => !isAdopted(entry.decision))
  }
}

/** The actions register from the action ledger: one entry per action, with where it was raised, carried and closed. */
export function actionsRegister(
  meetings: readonly {meeting: Meeting; ref: MeetingRef}[],
  ledger: readonly LedgerAction[],
  ownerSlug: PersonSlugOf
): ActionEntry[] {
  const bySlug = new Map(meetings.map((entry) => [entry.meeting.slug, {...entry, index: itemIndex(entry.meeting)}]))
  const entries: ActionEntry[] = []
  for (const action of ledger) {
    const raised = bySlug.get(action.raisedIn.meeting)
    if (!raised) continue
    const closed = action.closedIn === undefined ? undefined : bySlug.get(action.closedIn.meeting)
    const closedItem = closed && action.closedIn?.item !== undefined ? itemOf(closed.index, action.closedIn.item) : undefined
    const slug = action.action.owner === undefined ? undefined : ownerSlug(action.action.owner)
    const done = action.status === 'done'
    entries.push({
      id: action.id,
      action: action.action,
      meeting: raised.ref,
      item: itemOf(raised.index, action.raisedIn.item),
      done,
      status: done ? 'done' : action.action.status === 'in-progress' ? 'in-progress' : 'open',
      owners: ownerNames(action.action.owner).map((name) => {
        const found = ownerSlug(name)
        return found === undefined ? {name} : {name, slug: found}
      }),
      carriedIn: action.carriedIn.flatMap((place) => {
        const carried = bySlug.get(place.meeting)
        return carried ? [carried.ref] : []
      }),
      ...(closed === undefined ? {} : {closedIn: closed.ref}),
      ...(closedItem === undefined ? {} : {closedItem}),
      ...(slug === undefined ? {} : {ownerSlug: slug})
    })
  }
  return entries
}

/** The recommendations register: per meeting and item, recommendations grouped by `group` in first-seen order. */
export function recommendationsRegister(meetings: readonly {meeting: Meeting; ref: MeetingRef}[]): RecommendationItemGroup[] {
  const result: RecommendationItemGroup[] = []
  for (const {meeting, ref} of meetings) {
    const index = itemIndex(meeting)
    const byItem = new Map<string, RecommendationItemGroup>()
    for (const recommendation of meeting.recommendations) {
      let entry = byItem.get(recommendation.item)
      if (!entry) {
        entry = {meeting: ref, item: itemOf(index, recommendation.item), groups: []}
        byItem.set(recommendation.item, entry)
        result.push(entry)
      }
      let group = entry.groups.find((candidate) => candidate.group === recommendation.group)
      if (!group) {
        group = {...(recommendation.group === undefined ? {} : {group: recommendation.group}), recommendations: []}
        entry.groups.push(group)
      }
      group.recommendations.push(recommendation)
    }
  }
  return result
}
