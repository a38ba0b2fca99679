// A small archive of invented parish council minutes with motions carried, failed, withdrawn and deferred, an
// election, a unanimous vote and actions with several owners and statuses: the example archive has no motion that
// was not carried, and the site tests and the browser test need one.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

const frontMatter = (date: string) =>
  [
    '---',
    'title: Elmbridge Parish Council',
    `date: ${date}`,
    'series: Elmbridge Parish Council',
    'status: approved',
    'chair: Jane Porter',
    'attendees:',
    '  - Jane Porter',
    '  - Robert Hale',
    '  - Anita Desai',
    '  - Peter Lowe',
    '  - name: Mark Denby',
    '    role: Clerk',
    '---',
    ''
  ].join('\n')

/** Slug of the meeting with the motions. */
export const motionsSlug = '2011-03-14-parish-council'

/** Slug of the later meeting that closes one of its actions. */
export const closingSlug = '2011-04-11-parish-council'

const motions = `${frontMatter('2011-03-14')}
## 1. Election of Chairman

Cllr Jane Porter was elected Chairman.

## 2. Standing orders

Cllr Robert Hale proposed that the standing orders be adopted as circulated; seconded by Cllr Peter Lowe. Carried unanimously.

## 3. Planning

Cllr Robert Hale proposed that the Council object to the extension at Mill House; seconded by Cllr Anita Desai. Motion carried (3 for, 0 against, 1 abstention).

Cllr Peter Lowe proposed that the car park be closed on Sundays; seconded by Cllr Robert Hale. Motion lost (1 for, 3 against).

Cllr Anita Desai moved that the Council buy a new noticeboard. The motion was withdrawn.

Cllr Peter Lowe proposed that the hall be repainted. Deferred.

- [ ] Anita Desai and Peter Lowe to meet the County Council about the footpath by 30 April 2011
- Mark Denby to order the bench. IN PROGRESS
- [ ] Peter Lowe to report the potholes in Church Street by 15 April 2011
`

const closing = `${frontMatter('2011-04-11')}
## 1. Matters arising

- [x] Anita Desai and Peter Lowe to meet the County Council about the footpath
`

/** Writes the archive (settings and two meetings) under `root`. */
export async function writeMotionsArchive(root: string): Promise<void> {
  await mkdir(join(root, 'meetings', '2011'), {recursive: true})
  await writeFile(join(root, 'minutebook.yml'), 'title: Elmbridge Parish Council minutes\n')
  await writeFile(join(root, 'meetings', '2011', `${motionsSlug}.md`), motions)
  await writeFile(join(root, 'meetings', '2011', `${closingSlug}.md`), closing)
}
