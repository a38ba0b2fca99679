import type {ActionEntry, DecisionEntry, PersonBase, PersonEntry, PersonMotion} from './types.js'

/** Appends `value` to the list of `key`, making the list when it is the first. */
function push<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

/**
 * Each person with the actions they own (an action of several owners is on each owner's page) and the motions they
 * moved or seconded, carried or not. Pure: the entries come from the registers, whose slugs already merge aliases.
 */
export function withPersonRecords(people: readonly PersonBase[], actions: readonly ActionEntry[], decisions: readonly DecisionEntry[]): PersonEntry[] {
  const owned = new Map<string, ActionEntry[]>()
  for (const entry of actions) {
    for (const slug of new Set(entry.owners.flatMap((owner) => (owner.slug === undefined ? [] : [owner.slug])))) push(owned, slug, entry)
  }
  const motions = new Map<string, PersonMotion[]>()
  for (const entry of decisions) {
    const {mover, seconder} = entry.decision
    const moverSlug = mover === undefined ? undefined : entry.personSlugs[mover]
    const seconderSlug = seconder === undefined ? undefined : entry.personSlugs[seconder]
    if (moverSlug !== undefined) push(motions, moverSlug, {...entry, as: 'mover'})
    // Minutes that name one person as both mover and seconder are wrong, but the page shows the motion once.
    if (seconderSlug !== undefined && seconderSlug !== moverSlug) push(motions, seconderSlug, {...entry, as: 'seconder'})
  }
  return people.map((person) => ({...person, actions: owned.get(person.slug) ?? [], motions: motions.get(person.slug) ?? []}))
}
