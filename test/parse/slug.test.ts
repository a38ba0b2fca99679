import {describe, expect, it} from 'vitest'
import {fileNameProblem, slugFromPath} from '../../src/text/slug.js'

const expectedWords = 'expected letters and digits in words joined by single `-`, `_` or `.`, at most 200 bytes, as in `2007-02-28-stakeholder-meeting.md`'
const unusable = (name: string, why: string) => `Unexpected file name \`${name}\` whose slug cannot name a page (${why}), ${expectedWords}`

describe('fileNameProblem: the one slug rule of `check` and `build`', () => {
  it.each([
    [`a"b'c.md`, 'it holds `"`'],
    ['%2e%2e.md', 'it holds `%`'],
    ['a b.md', 'it holds `U+0020` (a space)'],
    ['a\tb.md', 'it holds `U+0009` (a space)'],
    [`${'x'.repeat(252)}.md`, 'it is 252 bytes long'],
    [`${'ស'.repeat(70)}.md`, 'it is 210 bytes long'],
    ['-board.md', 'it starts with `-`'],
    ['board-.md', 'it ends with `-`'],
    ['board..minutes.md', 'it has `..` between two words'],
    ['cafe\u0301.md', 'its letters are not in Unicode normal form C (rename the file by typing its name again)'],
    ['.md', 'it is empty']
  ])('refuses `%s`', (name, why) => {
    expect(fileNameProblem(`meetings/2024/${name}`)).toBe(unusable(name, why))
  })

  it.each(['2024-01-01-board.md', '2024-01-01-ស្វាយរៀង.md', '2024-01-01_board.v2.md', 'Board.markdown', `${'x'.repeat(200)}.md`])('accepts `%s`', (name) => {
    expect(fileNameProblem(`meetings/2024/${name}`)).toBeUndefined()
  })

  it('reads the slug as the file name without `.md`', () => {
    expect(slugFromPath('meetings/2007/2007-02-28-stakeholder-meeting.md')).toBe('2007-02-28-stakeholder-meeting')
  })
})
