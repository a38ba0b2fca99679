import type {CueSet} from '../../text/languages/index.js'
import {stripHonorifics} from '../../text/names.js'

/** One person as a roll call lists them. */
export interface RollEntry {
  name: string
  role?: string
  organization?: string
  /** Handles, abbreviations and other spellings ("cw", "jar", "Zarutian"), for reading `cw:` labels. */
  aliases: string[]
}

// Entries that are not people: placeholders and head counts ("none", "29 people in attendance", "Mehrere Leute").
const placeholder = /^(?:none|nobody|no one|n\/?a|tbd|tba|nil|-+|…|\.\.\.|keine?|niemand|aucun|aucune|personne|ninguno|nadie|mehrere leute|several people|everyone|all|alle|tous)$/iu
const headCount = /^\d+\s+\p{L}+|^\p{N}+$/u
const email = /\S+@\S+/gu
const symbols = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu

/** Splits at commas that are not inside brackets. */
export function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (character === '(' || character === '[') depth++
    else if ((character === ')' || character === ']') && depth > 0) depth--
    else if (depth === 0) {
      separators.lastIndex = index
      const match = separators.exec(text)
      if (match && match.index === index) {
        parts.push(text.slice(start, index))
        start = index + match[0].length
        index = start - 1
      }
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('')
}

/** True when a bracketed word is a handle of the name before it: "cw" for Christine Lemmer-Webber, "markm" for Mark Miller. */
function isHandleOf(word: string, name: string): boolean {
  if (!/^[\p{Ll}\p{N}_.-]+$/u.test(word) || word.length > 20) return false
  if (word.length <= 3) return true
  const parts = name.toLowerCase().split(/[\s-]+/u).filter((part) => part !== '')
  return parts.some((part) => part.length >= 3 && word.includes(part)) || initialsOf(name).startsWith(word.slice(0, 2))
}

/** True when text is a person's name rather than an organisation: not all capitals, not a known organisation form. */
function looksPersonal(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== '')
  if (words.length === 0 || words.length > 6) return false
  if (words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(words[0]!)) return false
  return !/\b(?:inc|ltd|gmbh|llc|corp|university|universit[äé]|ministry|department|council|foundation|institute|agency|association|verein|group|team|office|bureau|commission)\b/iu.test(text)
}

const particles = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten', 'y', 'zu'])

/**
 * True when text can be a name in a roll call: one handle ("genofire", "jar"), or up to six words none of which
 * is a lowercase word other than a particle, so "The following were present" and "the whole board" are not.
 */
function isPlausibleName(name: string): boolean {
  if (name === '' || !/\p{L}/u.test(name) || placeholder.test(name)) return false
  const words = name.split(/\s+/u)
  if (words.length > 6) return false
  if (words.length === 1) return true
  return words.every((word) => !/^\p{Ll}/u.test(word) || particles.has(word))
}

interface Parts {
  name: string
  role?: string
  organization?: string
  aliases: string[]
}

/** What brackets after a name say: a role ("Chair"), a handle ("cw"), a note ("arrived 4:45") or an organisation. */
function readBrackets(groups: string[], parts: Parts, cues: CueSet): void {
  const organizations: string[] = []
  groups.forEach((group, groupIndex) => {
    for (const piece of splitOutsideBrackets(group, /[,;]/y)) {
      const text = piece.replace(symbols, '').trim()
      if (text === '' || cues.isAttendanceNote(text)) continue
      if (cues.isRole(text) && text.split(/\s+/u).length <= 4) {
        parts.role ??= text
        continue
      }
      const single = !/\s/u.test(text)
      if (single && (isHandleOf(text, parts.name) || (groupIndex === 0 && groups.length > 1 && /^[\p{Ll}\p{N}_.-]+$/u.test(text)))) {
        parts.aliases.push(text)
        continue
      }
      organizations.push(text)
    }
  })
  if (organizations.length > 0) parts.organization = organizations.join(', ')
}

/**
 * Reads one roll-call entry: "Jessica Tallon (Spritely)", "Kris Kowal (kk)", "Arnaud J Le Hors (IBM, TAC)",
 * "Jonathan Rees (chair)", "Name, Org", "Name - Org", "Org - Name", "Baldur / Zarutian (zr)",
 * "Michael Mroz at 6:38 p.m.", "Adam Parsons (arrived 4:45)". Undefined for placeholders and head counts.
 */
export function readEntry(raw: string, cues: CueSet, inList: boolean): RollEntry | undefined {
  let text = raw.replace(email, ' ').replace(symbols, ' ').replace(/\s+/gu, ' ').trim()
  text = text.replace(/^[-*•·–—:]+\s*/u, '').replace(/[.;,:]+$/u, '').trim()
  // "[Pieter Wuille][]": a link reference whose definition the page leaves to a template.
  text = text.replace(/\[([^\[\]]+)\](?:\[[^\[\]]*\])?/gu, '$1')
  // "Michael Mroz at 6:38 p.m.": a late arrival's time is not part of the name.
  text = text.replace(/\s+(?:at|from|until|ab|bis|à|dès|desde)(?:\s+\d[\d:.h]*\s*(?:[ap]\.?\s?m\.?|uhr|h)?\.?)?$/iu, '').trim()
  if (text === '' || placeholder.test(text) || headCount.test(text) || !/\p{L}/u.test(text)) return undefined
  const groups: string[] = []
  const nicknames: string[] = []
  let name = text.replace(/\(([^()]*)\)(?=\s*(\S?))/gu, (_, inner: string, next: string) => {
    // "VM (Vicky) Brasseur": a bracket inside the name is what they are called.
    if (/\p{Lu}/u.test(next)) nicknames.push(inner.trim())
    else groups.push(inner)
    return ' '
  })
  name = name.replace(/\s+/gu, ' ').replace(/\s*,\s*$/u, '').trim()
  const parts: Parts = {name, aliases: [...nicknames]}
  // "Name, Org" inside a list entry; "Name - Org" or "Org - Name" anywhere.
  const dash = splitOutsideBrackets(name, /\s+[-–—|]\s+/y)
  if (dash.length === 2) {
    const [left, right] = dash as [string, string]
    const leftPersonal = looksPersonal(left)
    const rightPersonal = looksPersonal(right)
    if (!leftPersonal && rightPersonal) [parts.name, parts.organization] = [right, left]
    else [parts.name, parts.organization] = [left, right]
  } else if (inList) {
    const comma = splitOutsideBrackets(name, /,/y)
    if (comma.length >= 2) {
      parts.name = comma[0]!
      const rest = comma.slice(1).join(', ')
      if (cues.isRole(rest)) parts.role = rest
      else parts.organization = rest
    }
  }
  // "Baldur Jóhannsson / Zarutian": the second spelling is an alias.
  const slash = parts.name.split(/\s+\/\s+/u)
  if (slash.length === 2) {
    parts.name = slash[0]!.trim()
    parts.aliases.push(slash[1]!.trim())
  }
  const organizationBefore = parts.organization
  readBrackets(groups, parts, cues)
  if (organizationBefore !== undefined && parts.organization !== organizationBefore) {
    parts.organization = [organizationBefore, parts.organization].filter(Boolean).join(', ')
  }
  parts.name = stripHonorifics(parts.name.replace(/^[\s,–—-]+|[\s,–—-]+$/gu, ''))
  // "Minutes", "Category:Minutes": words of the page, not people.
  if (!isPlausibleName(parts.name) || parts.name.includes(':') || cues.isFieldLabel(parts.name) || cues.kindOf(parts.name) !== undefined || (cues.isRole(parts.name) && !/\s/u.test(parts.name))) return undefined
  return {
    name: parts.name,
    ...(parts.role === undefined ? {} : {role: parts.role}),
    ...(parts.organization === undefined || parts.organization === '' ? {} : {organization: parts.organization}),
    aliases: parts.aliases.filter((alias) => alias !== parts.name)
  }
}
