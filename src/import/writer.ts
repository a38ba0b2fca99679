import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {titleSlug} from '../text/slug.js'
import {ImportError} from '../model/errors.js'

/** Where a meeting goes under the meetings folder: `YYYY/YYYY-MM-DD-<slug>.md`. */
export function meetingPath(meetingsDir: string, date: string, title: string): string {
  return join(meetingsDir, date.slice(0, 4), `${date}-${titleSlug(title)}.md`)
}

/**
 * Writes a new file, creating its folder; refuses (with {@link ImportError}) when the file exists, checked and
 * created in one step so two imports of one meeting cannot both win.
 */
export async function writeNewFile(path: string, content: string, shownPath: string): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  try {
    await writeFile(path, content, {encoding: 'utf8', flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ImportError(
        `${shownPath} already exists; import never overwrites a meeting: move or delete that file, or import with another \`--title\` or \`--out\``
      )
    }
    throw new ImportError(`${shownPath}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}
