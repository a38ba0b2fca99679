import {stripHonorifics} from '../../text/names.js'
import type {RecordCues} from '../../text/record-cues.js'

/**
 * Who may own an action: a person of the meeting (roll call, registry, speaker, handle), everyone, or a team or
 * office the meeting knows; the canonical name, or undefined for anything else (never the first word of a sentence).
 */
export type OwnerResolver = (candidate: string) => string | undefined

/** Strips honorifics, a leading article, a trailing bracket and punctuation from an owner's name. */
export function cleanOwner(name: string): string {
  return stripHonorifics(
    name
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\*+|\*+$/g, '')
      .replace(/^the\s+/i, '')
      .replace(/\s*\([^()]*\)$/, '')
      .replace(/[\s,:;–—-]+$/, '')
      .trim()
  )
}

const joiners = /\s*(?:,|\/|&|\+|;|\band\b|\bund\b|\bet\b|\by\b)\s*/iu

/** Every owner a phrase names ("Dan, Martin and Neil", "Kim/PhilO"), each resolved, or undefined if one is not. */
function resolveOwners(phrase: string, resolve: OwnerResolver): string | undefined {
  const parts = cleanOwner(phrase)
    .split(joiners)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length === 0 || parts.length > 6) return undefined
  const names: string[] = []
  let unknown = 0
  for (const part of parts) {
    const name = resolve(cleanOwner(part))
    // In "Dan/Martin/Neil/Roberto" one name the meeting does not know is still a name, next to those it knows.
    if (name === undefined) {
      if (parts.length === 1 || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(cleanOwner(part))) return undefined
      unknown++
      names.push(cleanOwner(part))
    } else if (!names.includes(name)) names.push(name)
  }
  return unknown <= parts.length - unknown ? names.join('; ') : undefined
}

/** The owner of a "Name to <verb> ..." / "Name will <verb> ..." / "Name wird ..." task, when the text has that form. */
export function ownerBeforeVerb(text: string, records: RecordCues, resolve: OwnerResolver): string | undefined {
  // A label or marker before the name ("Kristy Fleming: Dara Sok to ...") is not part of the owner.
  const start = Math.max(0, text.slice(0, 120).lastIndexOf(': ') + 1)
  const owner = ownerAt(text.slice(start, start + 160), records, resolve)
  if (owner !== undefined) return owner
  // A task after a full stop that the sentence splitter kept ("... is encouraged. mcelrath volunteered to make ...").
  for (const stop of text.slice(0, 600).matchAll(/[.;]\s+(?=\S)/gu)) {
    const found = ownerAt(text.slice(stop.index + stop[0].length, stop.index + stop[0].length + 160), records, resolve)
    if (found !== undefined) return found
  }
  return undefined
}

/** The owner of a task that opens `words`: a name the resolver knows, then "to", "will", ..., then a verb. */
function ownerAt(words: string, records: RecordCues, resolve: OwnerResolver): string | undefined {
  for (const match of words.matchAll(/\s/gu)) {
    const follow = records.ownerFollow.exec(words.slice(match.index))
    if (!follow) continue
    const after = words.slice(match.index + follow[0].length).replace(/^[\s,.;!]+/u, '')
    // "Timlukas kümmert sich": a verb of its own may end the task; "to" and "will" need the verb after them.
    const complete = after === '' && !/^(?:to|will|shall|is to|are to|needs? to|will be|agreed to|offered to|volunteer(?:ed|s) to)$/iu.test(follow[0].trim())
    // A task goes on with a verb in lower case: "Dara Sok to Bangkok" is a route, not a task; "will not" is none.
    if (!complete && (!/^\p{Ll}/u.test(after) || /^(?:not|never|be\s+(?:unable|away|absent|out|on\s+leave))\b/iu.test(after))) continue
    // A passive or a preposition ("to be adopted", "to date") is not a task.
    if (/^(?:be|date|the|a|an|this|that|these|those|his|her|their|its|our|my|your|all)\b/iu.test(after) && !/^be\s+\p{L}+ing\b/iu.test(after)) continue
    const owners = resolveOwners(words.slice(0, match.index), resolve)
    if (owners !== undefined) return owners
    if (match.index > 80) break
  }
  return undefined
}

/** The owner before a dash or colon ("Secretariat — compile ...", "Kate- Transfer document", "Dara Sok: circulate ..."). */
export function ownerBeforeSeparator(text: string, resolve: OwnerResolver): string | undefined {
  const match = /^([^:–—]{1,80}?)\s*(?:[:–—]|\s-\s|-\s)\s*\S/u.exec(text)
  return match ? resolveOwners(match[1]!, resolve) : undefined
}

/** The owner a handle names: "(@dana)" at the end, or "@dana to ..." at the start. */
export function ownerByHandle(text: string, resolve: OwnerResolver): string | undefined {
  const match = /\(@([\p{L}\p{N}_.-]{1,39})\)\s*[.!]?\s*$|^@([\p{L}\p{N}_.-]{1,39})\b/u.exec(text)
  const handle = match?.[1] ?? match?.[2]
  if (handle === undefined) return undefined
  return resolve(handle) ?? `@${handle}`
}

/** The agent of a task in the passive ("will be investigated by Kate", "wird von rbtz und Jan-Philipp entworfen"). */
export function ownerByAgent(text: string, records: RecordCues, resolve: OwnerResolver): string | undefined {
  const words = records.passiveAgent(text)?.trim().split(/\s+/u).slice(0, 6) ?? []
  // The longest run of words that names people: "Kate next week" is Kate.
  for (let count = words.length; count >= 1; count--) {
    const owners = resolveOwners(words.slice(0, count).join(' '), resolve)
    if (owners !== undefined) return owners
  }
  return undefined
}
