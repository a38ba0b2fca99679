import type {PhrasingContent, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/** What replaces a redacted e-mail address. */
export const emailMask = '[e-mail withheld]'
/** What replaces a redacted phone number. */
export const phoneMask = '[phone withheld]'

// An address is found from its `@`: the local part is read leftwards, the domain by a sticky pattern with
// bounded labels. A single pattern with `[...]+@` retried from every position took time quadratic in the
// length of a run of letters, dots or dashes, and a long run never finished.
const localPart = /^[\p{L}\p{N}._%+-]$/u
const domain = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,126}\.\p{L}{2,63}/uy
const mailto = 'mailto:'

/** The character (one code point, maybe two UTF-16 units) that ends at `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1)
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end)
}

/** Spans `[start, end)` of the e-mail addresses in `text` (with a leading `mailto:`), in order, in linear time. */
export function findEmails(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let floor = 0
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // `@` is not a local-part character, so each leftward walk stops at the previous `@`: linear overall.
    let start = at
    while (start > floor) {
      const character = charBefore(text, start)
      if (!localPart.test(character)) break
      start -= character.length
    }
    if (start === at) continue
    domain.lastIndex = at + 1
    const match = domain.exec(text)
    if (!match) continue
    if (text.slice(Math.max(0, start - mailto.length), start).toLowerCase() === mailto) start -= mailto.length
    const end = at + 1 + match[0].length
    spans.push([start, end])
    floor = end
  }
  return spans
}

// International numbers (+855 12 345 678, +85512345678, 00855...) with groups of any length; local groups of digits
// split by spaces, dots, dashes or brackets; and runs without separators that only a phone number has (a leading 0,
// or nine digits and more). Each needs at least eight digits; year ranges and dates are excluded below.
const phone = new RegExp(
  [
    // Each group is maximal and every separator required (but the one after the country code): nothing is left to
    // backtrack into, so a long run of digits costs linear time.
    String.raw`(?:\+|\b00)\d{1,4}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d+(?:[\s.-]\d+){0,5}`,
    String.raw`(?:\(\d{1,4}\)[\s.-]?)?\b\d{2,4}(?:[\s.-]\d{2,4}){1,4}\b`,
    String.raw`\b0\d{7,14}\b`,
    String.raw`\b\d{9,15}\b`
  ].join('|'),
  'g'
)
const notPhone = /^(?:\d{4}\s*[-–]\s*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+\.\d+)$/
/** A date written with spaces, `10 01 2024` or `2024 01 10`: day and month are both possible, the year 19xx or 20xx. */
const spacedDate = /^(?:(\d{1,2}) (\d{1,2}) (?:19|20)\d{2}|(?:19|20)\d{2} (\d{1,2}) (\d{1,2}))$/

function isSpacedDate(text: string): boolean {
  const match = spacedDate.exec(text)
  if (!match) return false
  const [a, b] = (match[1] === undefined ? [match[3], match[4]] : [match[1], match[2]]).map(Number) as [number, number]
  const possible = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12
  return possible(a, b) || possible(b, a)
}

function digits(text: string): number {
  return text.replace(/\D/g, '').length
}

/** Replaces e-mail addresses and phone numbers in a string; returns the new string and what was found. */
export function redactText(text: string): {text: string; found: Array<{kind: 'email' | 'phone'; index: number}>} {
  const found: Array<{kind: 'email' | 'phone'; index: number}> = []
  let result = ''
  let last = 0
  for (const [start, end] of findEmails(text)) {
    found.push({kind: 'email', index: start})
    result += text.slice(last, start) + emailMask
    last = end
  }
  result += text.slice(last)
  result = result.replace(phone, (match: string, index: number) => {
    const trimmed = match.trim()
    if (digits(match) < 8 || notPhone.test(trimmed) || isSpacedDate(trimmed)) return match
    found.push({kind: 'phone', index})
    return phoneMask
  })
  return {text: result, found}
}

/** Link schemes whose target is a contact whatever it spells: a mail address or a phone number. */
const contactScheme = /^\s*(?:(mailto)|tel|sms|callto|facetime|facetime-audio):/i

/**
 * What a link target withholds: each contact in it, read after undoing percent-encoding as a mail program or a
 * browser would (`mailto:x%40example.org` is `x@example.org`); a `mailto:` or `tel:` target is a contact even when
 * nothing in it looks like one.
 */
function urlContacts(url: string): Array<'email' | 'phone'> {
  const decoded = decodeFully(url)
  const kinds = redactText(url).found.map((hit) => hit.kind)
  // Most targets hold no percent-encoding: the same text is not read twice.
  if (decoded !== url) kinds.push(...redactText(decoded).found.map((hit) => hit.kind))
  const scheme = contactScheme.exec(decoded)
  if (scheme && kinds.length === 0) kinds.push(scheme[1] === undefined ? 'phone' : 'email')
  return kinds
}

/**
 * Redacts e-mail addresses and phone numbers everywhere a reader could see them: text, code,
 * link targets and titles, image sources. Each one found is reported once, as a warning.
 */
export function redactContacts(tree: Root, file: VFile): void {
  // A link's text usually repeats its target: one warning for the link, none for the text in it. The tree is walked
  // in order, so a node is inside the last reported link exactly when it starts within its span.
  let reportedLink: [number, number] | undefined
  visit(tree, (node, index, parent) => {
    const kinds: Array<'email' | 'phone'> = []
    let unlink = false
    if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') {
      const {text, found} = redactText(node.value)
      node.value = text
      kinds.push(...found.map((hit) => hit.kind))
    }
    if ('url' in node && typeof node.url === 'string') {
      const found = urlContacts(node.url)
      if (found.length > 0) {
        node.url = ''
        unlink = true
      }
      kinds.push(...found)
    }
    if ('title' in node && typeof node.title === 'string') node.title = redactText(node.title).text
    if ('alt' in node && typeof node.alt === 'string') node.alt = redactText(node.alt).text
    const start = node.position?.start.offset ?? -1
    const inReported = reportedLink !== undefined && start >= reportedLink[0] && start < reportedLink[1]
    if (kinds.length > 0 && !inReported) {
      if ('url' in node) reportedLink = [start, node.position?.end.offset ?? start]
      for (const kind of new Set(kinds)) {
        file.message(
          `Unexpected ${kind === 'email' ? 'e-mail address' : 'phone number'} in the minutes, expected none; it is withheld from the archive`,
          {place: node.position, ruleId: 'contact-redacted', source: 'minutebook'}
        )
      }
    }
    // A link to a contact becomes its (masked) text, so no page links to nowhere.
    if (unlink && parent && index !== undefined && (node.type === 'link' || node.type === 'image')) {
      const replacement: PhrasingContent[] =
        node.type === 'link' ? node.children : [{type: 'text', value: node.alt ?? ''}]
      parent.children.splice(index, 1, ...(replacement as typeof parent.children))
      return index
    }
    return undefined
  })
}

/** `url` with percent-encoding undone until nothing changes (at most four rounds; `%2540` hides `%40`, which hides `@`). */
function decodeFully(url: string): string {
  let current = url
  for (let round = 0; round < 4; round++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      // A stray `%` stops decodeURIComponent: decode the sequences that are valid and keep the rest.
      next = current.replace(/(?:%[0-9a-f]{2})+/gi, (sequence) => {
        try {
          return decodeURIComponent(sequence)
        } catch {
          return sequence
        }
      })
    }
    if (next === current) return current
    current = next
  }
  return current
}
