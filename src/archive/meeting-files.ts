import {readdir} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {MeetingsFolderError} from '../model/errors.js'

/** What `check` and `build` say of an archive without a meeting file. */
export const noMeetingsReason = 'no meetings in `meetings/`, expected files named `meetings/YYYY/YYYY-MM-DD-<slug>.md` (`minutebook new` starts one)'

/**
 * Every `.md` file under `<root>/meetings`, as archive-relative POSIX paths in code-point order; none when there is
 * no `meetings/`. Throws {@link MeetingsFolderError} when it cannot be read: taken for an empty archive, it had a
 * build write an empty site over the last one.
 */
export async function listMeetingFiles(root: string): Promise<string[]> {
  const folder = join(root, 'meetings')
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true, recursive: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return []
    throw new MeetingsFolderError(`cannot read \`meetings/\` (${code ?? String(error)}), expected a folder of meeting files`)
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
