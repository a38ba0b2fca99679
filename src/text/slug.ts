import {slug as githubSlug} from 'github-slugger'

/** Longest slug a title gives a file name; longer titles are cut at a word. */
export const maxTitleSlugLength = 60

/**
 * The file-name slug of a meeting title, the one rule of `new` and `import`: lower case, the letters and marks of
 * every script kept as written (`ក្រុមប្រឹក្សា` stays whole, where dropping combining marks made it `ករមបរកស`),
 * punctuation dropped, words joined by single hyphens, cut at a word after {@link maxTitleSlugLength} characters;
 * `meeting` when nothing is left. Agenda anchors keep letters the same way (github-slugger).
 */
export function titleSlug(title: string): string {
  const words = githubSlug(title.normalize('NFC'))
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
