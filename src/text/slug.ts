import {basename} from 'node:path'
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

/** The meeting slug is its file name without `.md`: `meetings/2007/2007-02-28-stakeholder-meeting.md` -> `2007-02-28-stakeholder-meeting`. */
export function slugFromPath(path: string): string {
  return basename(path).replace(/\.(md|markdown)$/i, '')
}

/**
 * Longest slug, in UTF-8 bytes. The slug names a folder, `<slug>.json` and `<slug>.md`, and a file name holds at most
 * 255 bytes: a 252-character name ended the build in an internal error.
 */
const maxSlugBytes = 200

const wordCharacter = /[\p{L}\p{M}\p{N}]/u
/** Words of letters, marks and digits of any script, joined by single `-`, `_` or `.`. */
const slugPattern = /^[\p{L}\p{M}\p{N}]+(?:[-_.][\p{L}\p{M}\p{N}]+)*$/u

/** What is wrong in a slug that does not match {@link slugPattern}. */
function flaw(slug: string): string {
  if (slug === '') return 'it is empty'
  const character = [...slug].find((each) => !wordCharacter.test(each) && !'-_.'.includes(each))
  if (character !== undefined) {
    const code = 'U+' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    return `it holds \`${/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(character) ? character : code}\`${/\s/u.test(character) ? ' (a space)' : ''}`
  }
  if (!wordCharacter.test(slug[0]!)) return `it starts with \`${slug[0]}\``
  if (!wordCharacter.test(slug.at(-1)!)) return `it ends with \`${slug.at(-1)}\``
  return `it has \`${/[-_.]{2,}/.exec(slug)?.[0] ?? slug}\` between two words`
}

/**
 * Why a meeting file's name cannot name its page, or undefined when it can. The slug (the name without `.md`) is a
 * folder of the site, the name of its JSON and Markdown files and part of its URL, so it must be letters, marks and
 * digits of any script in words joined by single `-`, `_` or `.`, in Unicode normal form C, at most
 * {@link maxSlugBytes} bytes: `a"b'c.md` put the page and its JSON in different folders, `%2e%2e.md` made
 * `meetings/../` a URL, `a b.md` and `a%20b.md` shared one. The one rule of `check` and `build`.
 */
export function fileNameProblem(path: string): string | undefined {
  const slug = slugFromPath(path)
  const bytes = Buffer.byteLength(slug)
  let reason: string | undefined
  if (!slugPattern.test(slug)) reason = flaw(slug)
  else if (slug !== slug.normalize('NFC')) reason = 'its letters are not in Unicode normal form C (rename the file by typing its name again)'
  else if (bytes > maxSlugBytes) reason = `it is ${bytes} bytes long`
  if (reason === undefined) return undefined
  return (
    `Unexpected file name \`${basename(path)}\` whose slug cannot name a page (${reason}), expected letters and digits ` +
    `in words joined by single \`-\`, \`_\` or \`.\`, at most ${maxSlugBytes} bytes, as in \`2007-02-28-stakeholder-meeting.md\``
  )
}
