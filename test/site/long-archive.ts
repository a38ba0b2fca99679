// An archive of one meeting a month from January 2001 to May 2009: one more than a split's worth, so Dara Sok
// (chair of every meeting) and CCPCR get pages per year, Lina Chea (at all but the last) keeps one page, and every
// register has nine years. The site tests and the browser test read it.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {splitAbove} from '../../src/archive/split-pages.js'

/** How many meetings the archive holds. */
export const longArchiveMeetings = splitAbove + 1

function minutes(date: string, index: number): string {
  return [
    '---',
    `title: Board Meeting`,
    `date: ${date}`,
    'series: Board',
    'status: approved',
    'chair: Dara Sok (CCPCR)',
    // Lina Chea at all but the last meeting: exactly a split's worth.
    ...(index < splitAbove ? ['attendees:', '  - Lina Chea'] : []),
    '---',
    '',
    '## Budget',
    '',
    `Decision: The budget line ${index} was approved.`,
    '',
    // One action in the whole archive (the ledger would take similar ones for the same action carried over).
    index === 24 ? '- [ ] Dara Sok to visit the shelter in Svay Rieng' : '',
    ''
  ].join('\n')
}

/** Writes the archive's meetings under `root`. */
export async function writeLongArchive(root: string): Promise<void> {
  for (let index = 0; index < longArchiveMeetings; index++) {
    const year = String(2001 + Math.floor(index / 12))
    const date = `${year}-${String((index % 12) + 1).padStart(2, '0')}-15`
    await mkdir(join(root, 'meetings', year), {recursive: true})
    await writeFile(join(root, 'meetings', year, `${date}-board.md`), minutes(date, index))
  }
}
