import {basename} from 'node:path'

/** The meeting slug is its file name without `.md`: `meetings/2007/2007-02-28-stakeholder-meeting.md` -> `2007-02-28-stakeholder-meeting`. */
export function slugFromPath(path: string): string {
  return basename(path).replace(/\.(md|markdown)$/i, '')
}
