import {describe, expect, test} from 'vitest'
import {convertMinutes} from '../../src/import/convert.js'
import {ImportError} from '../../src/model/errors.js'

const encode = (text: string) => new TextEncoder().encode(text)

describe('importing HTML', () => {
  test('a saved page: <title> becomes the title, the date is read from the top, headings move to ##', async () => {
    const html = `<!doctype html><html><head><title>Council Meeting</title></head><body>
      <p>Held on 5 May 2010 in Phnom Penh.</p>
      <h1>Opening</h1><p><b>Ms Kristy Fleming</b>: welcomed&nbsp;&nbsp;everyone.</p>
      <h2>Group 1</h2><ul><li>New law</li><li>Guidelines</li></ul>
      <img src="data:image/png;base64,AAAA" alt="logo">
    </body></html>`
    const converted = await convertMinutes(encode(html), 'council.html', {series: 'Council'})
    expect(converted.markdown).toBe(
      '---\ntitle: Council Meeting\ndate: 2010-05-05\nseries: Council\nstatus: draft\n---\n\n' +
        'Held on 5 May 2010 in Phnom Penh.\n\n## Opening\n\n**Ms Kristy Fleming:** welcomed everyone.\n\n### Group 1\n\n- New law\n- Guidelines\n'
    )
    expect(converted.notes).toEqual([
      {
        reason: 'Unexpected 1 embedded image, expected text only: left out; add them by hand if they matter',
        ruleId: 'import-image'
      }
    ])
  })

  test('a lone leading <h1> names the document; the flag title wins over it, with a note', async () => {
    const html = '<h1>Minutes of the Board</h1><h2>Welcome</h2><p>Hello.</p><h2>Close</h2>'
    const converted = await convertMinutes(encode(html), 'board.htm', {title: 'Board', date: '2011-01-31'})
    expect(converted.markdown).toBe('---\ntitle: Board\ndate: 2011-01-31\nstatus: draft\n---\n\n## Welcome\n\nHello.\n\n## Close\n')
    expect(converted.notes.map((note) => note.reason)).toEqual([
      'Unexpected title `Minutes of the Board` in the document, expected the `--title` given: the document\'s title line was replaced by it'
    ])
  })
})

describe('importing Markdown', () => {
  test('a body without front matter is kept byte for byte under new front matter', async () => {
    const body = '## Welcome\n\nThe Chair *opened*  the meeting.\n\n- [ ] Dara Sok to send the draft\n'
    const converted = await convertMinutes(encode(body), '2009-06-30-notes.md', {title: 'Notes'})
    expect(converted.markdown).toBe(`---\ntitle: Notes\ndate: 2009-06-30\nstatus: draft\n---\n\n${body}`)
  })

  test('existing front matter is merged: flags win, status goes back to draft, other keys and comments stay', async () => {
    const source = '---\ntitle: Old title\ndate: 2009-06-30\nstatus: approved\nlocation: Phnom Penh # the office\n---\n\n## Welcome\n'
    const converted = await convertMinutes(encode(source), 'old.md', {title: 'New title', series: 'Board'})
    expect(converted.markdown).toBe(
      '---\ntitle: New title\ndate: 2009-06-30\nseries: Board\nstatus: draft\nlocation: Phnom Penh # the office\n---\n\n## Welcome\n'
    )
    expect(converted.notes.map((note) => note.ruleId)).toEqual(['import-status'])
  })

  test('front matter that is not YAML is refused with a clear error', async () => {
    const convert = convertMinutes(encode('---\ntitle: [unclosed\n---\n\n## A\n'), 'bad.md', {date: '2009-06-30'})
    await expect(convert).rejects.toThrow(ImportError)
    await expect(convert).rejects.toThrow(/^bad\.md: Unexpected front matter that is not valid YAML \(.+\), expected `key: value` lines between `---` fences$/)
  })
})

describe('dates and titles', () => {
  test('no date anywhere asks for --date', async () => {
    await expect(convertMinutes(encode('Welcome\nHello.\n'), 'minutes.txt', {})).rejects.toThrow(
      'minutes.txt: the meeting date is not stated at the top of the document nor in its file name; give it with `--date YYYY-MM-DD` (one file at a time), like `--date 2007-02-28`, or start the file name with it'
    )
  })

  test('a bad --date is refused', async () => {
    await expect(convertMinutes(encode('Welcome\nHello.\n'), 'minutes.txt', {date: '2007-02-30'})).rejects.toThrow(
      'Unexpected `--date 2007-02-30`, expected a real day as YYYY-MM-DD, like `2007-02-28`'
    )
  })

  test('a document stating its title and date (February 28, 2007) needs no flags', async () => {
    const converted = await convertMinutes(encode('Minutes of the Stakeholder Meeting\nFebruary 28, 2007\n\nWelcome\nHello.\n'), 'x.txt', {})
    expect(converted.markdown).toBe(
      '---\ntitle: Minutes of the Stakeholder Meeting\ndate: 2007-02-28\nstatus: draft\n---\n\nFebruary 28, 2007\n\n## Welcome\n\nHello.\n'
    )
  })

  test('without a stated title, the file name gives one, with a note on the title line', async () => {
    const converted = await convertMinutes(encode('Welcome\nHello.\n'), '2008-01-30-board_minutes.txt', {})
    expect(converted.title).toBe('Board minutes')
    expect(converted.notes).toEqual([
      {
        reason:
          'Unexpected document without a title, expected one: `Board minutes` was made from the file name; change it here or import again with `--title`',
        ruleId: 'import-title',
        anchor: 'title:'
      }
    ])
  })

  test('unknown file types are refused', async () => {
    await expect(convertMinutes(encode('%PDF'), 'minutes.pdf', {})).rejects.toThrow(
      'minutes.pdf: Unexpected file type `.pdf`, expected `.docx`, `.txt`, `.md` or `.html`'
    )
  })
})
