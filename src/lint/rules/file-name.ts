import {fileNameProblem} from '../../text/slug.js'
import {frontMatterKeyPoint} from '../place.js'
import {report, type Rule} from '../rule.js'

/** `meetings/YYYY/YYYY-MM-DD-<slug>.md`, the slug lower-case words of any script joined by hyphens. */
const pattern = /^meetings\/(\d{4})\/((\d{4})-\d{2}-\d{2})-([\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*)\.md$/u

/** A meeting file must sit at `meetings/YYYY/YYYY-MM-DD-<slug>.md`, its folder and name agreeing with its date. */
export const fileName: Rule = {
  id: 'minutebook:file-name',
  severity: 'error',
  description:
    'A meeting file is named `meetings/YYYY/YYYY-MM-DD-<slug>.md`, its year folder and file name agreeing with the `date` in its front matter; a name that cannot be part of a URL also stops the build.',
  check({entry}) {
    // A name that cannot name a page at all is refused by `build` with the same message.
    const unusable = fileNameProblem(entry.path)
    if (unusable !== undefined) {
      report(fileName, entry, unusable, {line: 1, column: 1})
      return
    }
    const match = pattern.exec(entry.path)
    if (!match) {
      report(
        fileName,
        entry,
        `Unexpected file path \`${entry.path}\`, expected \`meetings/YYYY/YYYY-MM-DD-<slug>.md\` with a lower-case, hyphenated slug`,
        {line: 1, column: 1}
      )
      return
    }
    const [, folder, nameDate, nameYear] = match
    if (folder !== nameYear) {
      report(fileName, entry, `Unexpected year folder \`${folder}\`, expected \`${nameYear}\` as in the file name`, {
        line: 1,
        column: 1
      })
    }
    const date = entry.frontMatter?.date
    if (date !== undefined && date !== nameDate) {
      report(
        fileName,
        entry,
        `Unexpected date \`${nameDate}\` in the file name, expected \`${date}\` as in the front matter`,
        frontMatterKeyPoint(entry.text, 'date')
      )
    }
  }
}
