import {slug as githubSlug} from 'github-slugger'

/**
 * A readable URL slug that keeps the letters and marks of every script (Khmer, Cyrillic, CJK...),
 * lower-cases Latin, and turns spaces into hyphens; `fallback` when nothing is left.
 */
export function slugify(text: string, fallback: string): string {
  const value = githubSlug(text.normalize('NFC').trim())
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  return value === '' ? fallback : value
}

/**
 * Gives each name a unique slug, deduplicated with `-2`, `-3`... in the order names are given
 * (callers pass them sorted, so the same set of names always gets the same slugs).
 */
export function uniqueSlugs(names: readonly string[], fallback: string, taken: Iterable<string> = []): Map<string, string> {
  const used = new Set(taken)
  const result = new Map<string, string>()
  for (const name of names) {
    if (result.has(name)) continue
    const base = slugify(name, fallback)
    let candidate = base
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`
    used.add(candidate)
    result.set(name, candidate)
  }
  return result
}
