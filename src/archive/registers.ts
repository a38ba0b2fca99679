import type {Meeting} from '../model/meeting.js'
import type {LedgerAction} from './action-ledger.js'
import {flattenItems, type ActionEntry, type DecisionEntry, type ItemRef, type MeetingRef, type RecommendationItemGroup} from './types.js'

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

/** The decisions register: every decision with its meeting and item, in meeting order. */
export function decisionsRegister(meetings: readonly {meeting: Meeting; ref: MeetingRef}[]): DecisionEntry[] {
  return meetings.flatMap(({meeting, ref}) => {
    const index = itemIndex(meeting)
    return meeting.decisions.map((decision) => ({decision, meeting: ref, item: itemOf(index, decision.item)}))
  })
}

/** The actions register from the action ledger: one entry per action, with where it was raised, carried and closed. */
export function actionsRegister(
  meetings: readonly {meeting: Meeting; ref: MeetingRef}[],
  ledger: readonly LedgerAction[],
  ownerSlug: (owner: string) => string | undefined
): ActionEntry[] {
  const bySlug = new Map(meetings.map((entry) => [entry.meeting.slug, {...entry, index: itemIndex(entry.meeting)}]))
  const entries: ActionEntry[] = []
  for (const action of ledger) {
    const raised = bySlug.get(action.raisedIn.meeting)
    if (!raised) continue
    const closed = action.closedIn === undefined ? undefined : bySlug.get(action.closedIn.meeting)
    const closedItem = closed && action.closedIn?.item !== undefined ? itemOf(closed.index, action.closedIn.item) : undefined
    const slug = action.action.owner === undefined ? undefined : ownerSlug(action.action.owner)
    entries.push({
      id: action.id,
      action: action.action,
      meeting: raised.ref,
      item: itemOf(raised.index, action.raisedIn.item),
      done: action.status === 'done',
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
