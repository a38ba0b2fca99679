/** Longest slug kept in a file name; longer titles are cut at a word. */
const maxLength = 60

/** File-name slug of a title: lower case, accents dropped, words joined by `-` (`Stakeholder Meeting` -> `stakeholder-meeting`). */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
  let slug = ''
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`
    if (next.length > maxLength && slug !== '') break
    slug = next.slice(0, maxLength)
  }
  return slug === '' ? 'meeting' : slug
}
