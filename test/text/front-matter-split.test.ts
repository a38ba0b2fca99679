import {describe, expect, it} from 'vitest'
import {splitFrontMatter} from '../../src/text/front-matter-split.js'

describe('splitFrontMatter, the one fence rule of new, import and check', () => {
  it('cuts at the first `---` line after line 1 and says where the body starts', () => {
    const text = '---\ntitle: A\ndate: 2007-02-28\n---\n# Minutes\n---\n'
    const split = splitFrontMatter(text)
    expect(split).toEqual({yaml: 'title: A\ndate: 2007-02-28', body: '# Minutes\n---\n', end: 34})
    expect(text.slice(split!.end)).toBe(split!.body)
  })

  it('reads CRLF files and spaces after a fence, as the parser accepts them', () => {
    expect(splitFrontMatter('--- \r\ntitle: A\r\n---\t\r\nBody')).toEqual({yaml: 'title: A', body: 'Body', end: 22})
  })

  it('finds none without `---` on line 1, without a closing fence, or with a language after it', () => {
    expect(splitFrontMatter('\n---\ntitle: A\n---\n')).toBeUndefined()
    expect(splitFrontMatter('---\ntitle: A\n')).toBeUndefined()
    expect(splitFrontMatter('---js\ntitle: A\n---\n')).toBeUndefined()
    expect(splitFrontMatter('# No front matter')).toBeUndefined()
  })
})
