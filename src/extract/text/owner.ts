/** Titles dropped from an owner's name, as DESIGN.md drops them from speakers ("Mr Touch Samon"). */
const honorific = /^(?:(?:mr|mrs|ms|mx|miss|dr|prof|professor|sir|dame|rev|hon|h\.\s?e|his\s+excellency|her\s+excellency|excellency|lok\s+chumteav|lok)\.?\s+)+/i

/** Small words allowed inside a name or organisation ("Ministry of Justice", "UNIAP and IOM"). */
const connectors = new Set(['and', '&', 'of', 'for', 'from', 'the', 'de', 'du', 'van', 'von', 'der', 'da', 'al', 'bin', 'y', '/'])

/** Words after "to" that make it a preposition or a passive, not an owner's task ("to be adopted", "to date"). */
const notVerbs = new Set(['be', 'date', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'all'])

/** Strips honorifics and a leading article from an owner's name: "Mr. Touch Samon" -> "Touch Samon". */
export function cleanOwner(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(honorific, '')
    .replace(/^the\s+/i, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/[\s,:;–—-]+$/, '')
    .trim()
}

/**
 * True when a phrase reads as a name, team or organisation: one to eight words, each capitalised
 * (or from a script without case, like Khmer), or a small connector word, and not only connectors.
 */
export function isNameLike(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/)
  if (words.length === 0 || words.length > 8 || words[0] === '') return false
  let named = 0
  for (const word of words) {
    const bare = word.replace(/^[("'“‘]+|[)"'”’,.]+$/g, '')
    if (connectors.has(bare.toLowerCase())) continue
    if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(bare)) return false
    named++
  }
  return named > 0
}

/** The owner of a "Name to <verb> ..." task, when the text has that form. */
export function ownerBeforeTo(text: string): string | undefined {
  // Only the first " to " counts, and only within a name's length of the start, so long prose is not scanned.
  const index = text.indexOf(' to ')
  if (index <= 0 || index > 120) return undefined
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(index + 4, index + 64))
  const verb = next?.[1]
  if (verb === undefined || verb !== verb.toLowerCase() || notVerbs.has(verb)) return undefined
  // A label or marker before the name ("Kristy Fleming: Dara Sok to ...") is not part of the owner.
  const before = text.slice(0, index)
  const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('–'), before.lastIndexOf('：'))
  const candidate = before.slice(cut + 1)
  if (!isNameLike(candidate.replace(honorific, ''))) return undefined
  const owner = cleanOwner(candidate)
  return owner === '' ? undefined : owner
}

/** The owner before a dash or colon ("Secretariat — compile ...", "Dara Sok: circulate ..."). */
export function ownerBeforeSeparator(text: string): string | undefined {
  const match = /^([^:–—]{1,120}?)\s*(?:[:–—]|\s-\s)\s*\S/u.exec(text)
  const candidate = match?.[1]
  if (candidate === undefined || !isNameLike(candidate.replace(honorific, ''))) return undefined
  const owner = cleanOwner(candidate)
  return owner === '' ? undefined : owner
}
