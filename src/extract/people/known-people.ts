import {nameKey, stripHonorifics} from '../../text/names.js'
import {tokenize, type Token} from './tokens.js'

/** A person the meeting or the archive already knows: an attendee, the chair, a registry entry, or a name read in the text. */
export interface KnownPerson {
  name: string
  role?: string
  organization?: string
}

interface Variant {
  words: string[]
  /** Acronym-like variants ("DE", "YP") match only in the exact case, so "De" or "de" do not. */
  exact: boolean
  person: KnownPerson
}

const initialWord = /^\p{Lu}\.?$/u

function isExact(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

// A Set per key keeps insertion order and deduplicates in constant time, so a registry whose thousands of people
// share a surname costs no scan per insert.
function push<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

/** Longest writing first; stable, so writings of one length keep the order they were added in. */
function byLength(a: Variant, b: Variant): number {
  return b.words.length - a.words.length
}

function only<V>(list: readonly V[] | ReadonlySet<V> | undefined): V | undefined {
  if (list === undefined || ('size' in list ? list.size : list.length) !== 1) return undefined
  for (const value of list) return value
  return undefined
}

/**
 * Every way the known people are written, indexed for literal matching in text (any script, any case),
 * for look-up by full name or alias, by initials ("K. Fleming") and by a lone surname ("Ms Fleming").
 */
export class PeopleIndex {
  readonly people: KnownPerson[] = []
  private readonly known = new Set<KnownPerson>()
  private readonly caseless = new Map<string, Set<KnownPerson>>()
  private readonly exact = new Map<string, Set<KnownPerson>>()
  private readonly byFirstWord = new Map<string, Variant[]>()
  private readonly byLastWord = new Map<string, Set<KnownPerson>>()
  private readonly byGivenWord = new Map<string, Set<KnownPerson>>()
  /** First words whose variants were added since they were last sorted: sorted once, when next matched. */
  private readonly unsorted = new Set<string>()

  /** Adds a person under their name and aliases; `literal` also lets the text match them word for word. */
  add(person: KnownPerson, writings: readonly string[], literal: boolean): void {
    if (!this.known.has(person)) {
      this.known.add(person)
      this.people.push(person)
    }
    this.handles.clear()
    for (const writing of writings) {
      for (const form of new Set([writing.trim(), stripHonorifics(writing)])) {
        if (form === '') continue
        if (isExact(form)) push(this.exact, form.normalize('NFC'), person)
        else push(this.caseless, nameKey(form), person)
        const words = tokenize(form).map((token) => token.text)
        if (literal && words.length > 0) {
          const exact = isExact(form)
          const key = exact ? words[0]! : words[0]!.toLowerCase()
          const list = this.byFirstWord.get(key) ?? []
          list.push({words, exact, person})
          this.byFirstWord.set(key, list)
          // Sorting here, on every insert, made a registry of thousands of aliases sharing a first word quadratic.
          this.unsorted.add(key)
        }
      }
    }
    const words = person.name.trim().split(/\s+/u)
    if (words.length > 1) {
      push(this.byLastWord, words[words.length - 1]!.toLowerCase(), person)
      push(this.byGivenWord, words[0]!.toLowerCase(), person)
    }
  }

  /** The person written literally at `tokens[index]` (longest writing first), with how many tokens it spans. */
  matchAt(tokens: readonly Token[], index: number, end: number): {person: KnownPerson; length: number} | undefined {
    const first = tokens[index]?.text
    if (first === undefined) return undefined
    const same = this.variants(first)
    const lower = first.toLowerCase() === first ? [] : this.variants(first.toLowerCase())
    // Both lists are sorted: one alone is used as it is; two are sorted together as before (the exact case first).
    const candidates = lower.length === 0 ? same : same.length === 0 ? lower : [...same, ...lower].sort(byLength)
    for (const variant of candidates) {
      if (index + variant.words.length > end) continue
      const same = variant.words.every((word, offset) => {
        const text = tokens[index + offset]!.text
        return variant.exact ? text === word : text.toLowerCase() === word.toLowerCase()
      })
      if (same) return {person: variant.person, length: variant.words.length}
    }
    return undefined
  }

  /** The variants whose first word is `key`, longest first. */
  private variants(key: string): Variant[] {
    const list = this.byFirstWord.get(key)
    if (list === undefined) return []
    if (this.unsorted.delete(key)) list.sort(byLength)
    return list
  }

  /** The one person written exactly so (name or alias, honorifics ignored), if there is exactly one. */
  lookup(name: string): KnownPerson | undefined {
    const bare = stripHonorifics(name)
    return only(this.exact.get(bare.normalize('NFC'))) ?? only(this.caseless.get(nameKey(bare)))
  }

  /** True when a single word is the surname of exactly one known person. */
  hasSurname(word: string): boolean {
    return only(this.byLastWord.get(word.toLowerCase())) !== undefined
  }

  /** The one person whose given name a short form opens: "Dan" for Daniel, "Kat" for Katherine, "Jenn" for Jennifer. */
  private byGivenStart(word: string): KnownPerson | undefined {
    const start = word.toLowerCase()
    if (start.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
    const fits = new Set<KnownPerson>()
    for (const [given, people] of this.byGivenWord) {
      if (given.length > start.length && given.startsWith(start)) for (const person of people) fits.add(person)
    }
    return fits.size === 1 ? [...fits][0] : undefined
  }

  /** Answers of {@link fromHandle}, per handle: the same few labels are looked up again and again. */
  private readonly handles = new Map<string, KnownPerson | undefined>()

  /**
   * The one person a handle or abbreviation is made from: initials ("JT" for Jessica Tallon), or a given name
   * or surname joined with the other's initial or whole ("cwebber" for Christine Lemmer-Webber, "markm" for
   * Mark Miller, "davidt" for David Thompson).
   */
  fromHandle(handle: string): KnownPerson | undefined {
    const key = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    if (key.length < 2 || key.length > 24) return undefined
    if (this.handles.has(key)) return this.handles.get(key)
    const initialsOnly = /^\p{Lu}{2,4}$/u.test(handle)
    const fits = this.people.filter((person) => {
      const words = stripHonorifics(person.name)
        .toLowerCase()
        .split(/[\s.]+/u)
        .filter((word) => /^\p{L}/u.test(word))
      if (words.length < 2) return false
      const given = words[0]!
      const last = words[words.length - 1]!
      const initials = words.map((word) => word[0]!).join('')
      if (initialsOnly) return key === initials || key === given[0]! + last[0]!
      const surnames = [last, ...last.split('-').filter((part) => part.length >= 3)]
      if (surnames.some((surname) => [given + surname[0]!, given[0]! + surname, given + surname, given + '_' + surname].includes(key))) return true
      // "PhilO" for Philip Odence, "KimW" for Kim Weins: the start of the given name and the surname's initial.
      const prefix = key.slice(0, -1)
      return prefix.length >= 3 && given.startsWith(prefix) && key.endsWith(last[0]!)
    })
    const found = only(fits)
    this.handles.set(key, found)
    return found
  }

  /**
   * Resolves a written name: full name or alias, then initials and surname ("K. Fleming"), then a lone surname
   * or given name ("Ms Fleming", "Mr Touch") when exactly one person fits, a given name with the surname's
   * initial ("Bob C"), and handles and abbreviations made from a name ("JT", "cwebber").
   */
  resolve(name: string): KnownPerson | undefined {
    const direct = this.lookup(name)
    if (direct) return direct
    const words = stripHonorifics(name).split(/\s+/u).filter((word) => word !== '')
    const last = words[words.length - 1]
    if (last === undefined) return undefined
    if (words.length === 1) {
      const surname = only(this.byLastWord.get(last.toLowerCase()))
      const given = only(this.byGivenWord.get(last.toLowerCase()))
      // "Ms Fleming" names a surname; a bare "Allen" with an Alice Allen and an Allen Lee names nobody for sure.
      const titled = stripHonorifics(name) !== name.trim()
      if (surname && given && surname !== given) return titled ? surname : undefined
      return surname ?? given ?? this.fromHandle(last) ?? this.byGivenStart(last)
    }
    if (words.length === 2 && initialWord.test(last) && !initialWord.test(words[0]!)) {
      const initial = last.replace('.', '').toLowerCase()
      return only([...(this.byGivenWord.get(words[0]!.toLowerCase()) ?? [])].filter((person) => {
        const names = person.name.trim().split(/\s+/u)
        return names[names.length - 1]!.toLowerCase().startsWith(initial)
      }))
    }
    const given = words.slice(0, -1)
    if (!given.every((word) => initialWord.test(word))) return undefined
    const fits = [...(this.byLastWord.get(last.toLowerCase()) ?? [])].filter((person) => {
      const names = person.name.trim().split(/\s+/u)
      return given.every((initial, index) => names[index]?.startsWith(initial.replace('.', '')) === true)
    })
    return only(fits)
  }
}
