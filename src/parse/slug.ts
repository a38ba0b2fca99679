import {basename} from 'node:path'

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
