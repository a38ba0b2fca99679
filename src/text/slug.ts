import {slug as githubSlug} from 'github-slugger'

/** Longest slug a title gives a file name; longer titles are cut at a word. */
const maxTitleSlugLength = 60

/**
 * The one slug rule of minutebook: lower case, the letters and marks of every script kept as written
 * (`ក្រុមប្រឹក្សា` stays whole, where dropping combining marks made it `ករមបរកស`), punctuation dropped, words joined
 * by single hyphens with none at either end (github-slugger); `fallback` when nothing is left. Person and
 * organization pages, action ids, file names ({@link titleSlug}) and agenda anchors all start from it.
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

/**
 * The file-name slug of a meeting title, the one rule of `new` and `import`: {@link slugify} with `_` read as a word
 * break too (a file name has one separator), cut at a word after {@link maxTitleSlugLength} characters; `meeting`
 * when nothing is left.
 */
export function titleSlug(title: string): string {
  const words = slugify(title, '')
    .split(/[-_]+/)
    .filter((word) => word !== '')
  let slug = ''
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`
    if ([...next].length > maxTitleSlugLength) {
      // A first word longer than the limit is cut; later words are left out whole.
      if (slug === '') slug = [...word].slice(0, maxTitleSlugLength).join('')
      break
    }
    slug = next
  }
  return slug === '' ? 'meeting' : slug.normalize('NFC')
}
