import type {PhrasingContent, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/** What replaces a redacted e-mail address. */
export const emailMask = '[e-mail withheld]'
/** What replaces a redacted phone number. */
export const phoneMask = '[phone withheld]'

// An address is found from its `@`: the local part is read leftwards, the domain by a sticky pattern with
// bounded labels. A single pattern with `[...]+@` retried from every position took time quadratic in the
// length of a run of letters, dots or dashes (400 KB of `a` never finished).
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

// International numbers (+855 12 345 678, 00855...) or local groups of digits split by spaces, dots, dashes
// or brackets, with at least eight digits; year ranges and ISO dates are excluded below.
const phone = /(?:(?:\+|\b00)\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\b\d{2,4}(?:[\s.-]\d{2,4}){1,4}\b/g
const notPhone = /^(?:\d{4}\s*[-–]\s*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+\.\d+)$/

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
    if (digits(match) < 8 || notPhone.test(match.trim())) return match
    found.push({kind: 'phone', index})
    return phoneMask
  })
  return {text: result, found}
}

/**
 * Redacts e-mail addresses and phone numbers everywhere a reader could see them: text, code,
 * link targets and titles, image sources. Each one found is reported once, as a warning.
 */
export function redactContacts(tree: Root, file: VFile): void {
  // A link's text usually repeats its target: one warning for the link, none for the text in it.
  const reportedLinks: Array<[number, number]> = []
  visit(tree, (node, index, parent) => {
    const kinds: Array<'email' | 'phone'> = []
    let unlink = false
    if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') {
      const {text, found} = redactText(node.value)
      node.value = text
      kinds.push(...found.map((hit) => hit.kind))
    }
    if ('url' in node && typeof node.url === 'string') {
      const {found} = redactText(safeDecode(node.url))
      if (found.length > 0) {
        node.url = ''
        unlink = true
      }
      kinds.push(...found.map((hit) => hit.kind))
    }
    if ('title' in node && typeof node.title === 'string') node.title = redactText(node.title).text
    if ('alt' in node && typeof node.alt === 'string') node.alt = redactText(node.alt).text
    const start = node.position?.start.offset ?? -1
    if (kinds.length > 0 && !reportedLinks.some(([from, to]) => start >= from && start < to)) {
      if ('url' in node) reportedLinks.push([start, node.position?.end.offset ?? start])
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

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
