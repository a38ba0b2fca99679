import {describe, expect, test} from 'vitest'
import {decodeText, normalizeLine} from '../../src/import/decode.js'
import {toMarkdown} from '../../src/import/markdown.js'
import {readText} from '../../src/import/text.js'

function markdown(text: string): string {
  return toMarkdown(readText(text).tree)
}

describe('readText: headings', () => {
  test('a short line followed by prose is an agenda item, with or without a blank line between', () => {
    expect(markdown('Welcome\n\nThe Chair opened the meeting.\nDraft law – Mr Dara Sok\nThe draft was sent.\n')).toBe(
      '## Welcome\n\nThe Chair opened the meeting.\n\n## Draft law – Mr Dara Sok\n\nThe draft was sent.\n'
    )
  })

  test('typical agenda words are items even with nothing under them', () => {
    expect(markdown('Coffee Break\nBudget review\nThe budget was approved.\n\nAny other business\n\nMeeting closed\n')).toBe(
      '## Coffee Break\n\n## Budget review\n\nThe budget was approved.\n\n## Any other business\n\n## Meeting closed\n'
    )
  })

  test('numbered agenda lines followed by prose keep their number; dotted numbers are sub-items', () => {
    expect(markdown('1. Opening\nThe Chair opened.\n4.1 Draft law\nIt was sent.\n')).toBe(
      '## 1. Opening\n\nThe Chair opened.\n\n### 4.1 Draft law\n\nIt was sent.\n'
    )
  })

  test('group lines under an item are sub-items; before any item they are items', () => {
    expect(markdown('Group 1\nWe met.\nReports back\nGroup 2\n· Law\n')).toBe(
      '## Group 1\n\nWe met.\n\n## Reports back\n\n### Group 2\n\n- Law\n'
    )
  })

  test('lines ending like sentences, long lines and lines with addresses are never headings', () => {
    expect(markdown('The agenda was adopted.\nContact x@example.org for details\nNext\n')).toBe(
      'The agenda was adopted.\n\nContact <x@example.org> for details\n\nNext\n'
    )
  })

  test('a first line naming the meeting becomes the title, not an item', () => {
    const read = readText('Minutes of the Board Meeting\n\nWelcome\nThe Chair opened.\n')
    expect(read.title).toBe('Minutes of the Board Meeting')
    expect(toMarkdown(read.tree)).toBe('## Welcome\n\nThe Chair opened.\n')
  })

  test('a first line heading the whole agenda is kept as a comment', () => {
    expect(markdown(' Agenda Items \n\nWelcome\nThe Chair opened.\n')).toBe('<!-- Agenda Items -->\n\n## Welcome\n\nThe Chair opened.\n')
  })

  test('text without any heading gets a note asking for `## `', () => {
    expect(readText('We met.\nWe left.\n').notes.map((note) => note.ruleId)).toEqual(['import-no-headings'])
  })
})

describe('readText: lists, lead-ins and labels', () => {
  test('bullets of every kind, separated by blank lines, make one tight list', () => {
    expect(markdown('Item\nSaid.\n\n· one\n\n• two\n\n- three\n\n* four\n\n– five\n')).toBe(
      '## Item\n\nSaid.\n\n- one\n- two\n- three\n- four\n- five\n'
    )
  })

  test('numbered lines make an ordered list that keeps its start', () => {
    expect(markdown('Questions asked:\n3) Why?\n4) How?\n')).toBe('Questions asked:\n\n3. Why?\n4. How?\n')
  })

  test('deeper-indented bullets nest under the item above', () => {
    expect(markdown('Item\nSaid.\n· one\n    · one a\n· two\n')).toBe('## Item\n\nSaid.\n\n- one\n  - one a\n- two\n')
  })

  test('a short title-like line before bullets is a bold lead-in; a sentence-like one stays a paragraph', () => {
    expect(markdown('Item\nSaid.\nPrevention\n· Training\nThe delegation had two issues –\n· Law\nWork done by CCPCR:\n· Shelter\n')).toBe(
      '## Item\n\nSaid.\n\n**Prevention**\n\n- Training\n\nThe delegation had two issues –\n\n- Law\n\nWork done by CCPCR:\n\n- Shelter\n'
    )
  })

  test('discussion labels stay labels, in bold', () => {
    expect(markdown('Item\nSaid.\nComments/Questions\nAll agreed.\n')).toBe('## Item\n\nSaid.\n\n**Comments/Questions**\n\nAll agreed.\n')
  })

  test('speaker labels become bold labels; a label alone on its line joins the words below it', () => {
    expect(markdown('Item\nSaid.\nDara Sok (Ministry of Justice): The draft was sent.\nMs Fleming:\nShe agreed.\n')).toBe(
      '## Item\n\nSaid.\n\n**Dara Sok (Ministry of Justice):** The draft was sent.\n\n**Ms Fleming:** She agreed.\n'
    )
  })

  test('topic and marker labels are not taken for speakers', () => {
    expect(markdown('Item\nSaid.\nNext Steps: write the report.\nDecision: adopted.\nACTION: Secretariat to write.\n')).toBe(
      '## Item\n\nSaid.\n\nNext Steps: write the report.\n\nDecision: adopted.\n\nACTION: Secretariat to write.\n'
    )
  })

  test('lines after the closing item are kept as a list with a note placed on the first of them', () => {
    const read = readText('Item\nSaid.\nMeeting Closed\n Legal Sector\n Justice Group\n')
    expect(toMarkdown(read.tree)).toBe('## Item\n\nSaid.\n\n## Meeting Closed\n\n- Legal Sector\n- Justice Group\n')
    expect(read.notes).toEqual([
      {
        reason:
          'Unexpected lines after the closing item, expected the minutes to end there: kept as a list; move `Legal Sector` and the lines after it where they belong, or delete them',
        ruleId: 'import-trailing-text',
        anchor: 'Legal Sector'
      }
    ])
  })
})

describe('readText: whitespace and encodings', () => {
  test('double, trailing and non-breaking spaces are normalised; hard-wrapped lines are joined', () => {
    expect(markdown('Item\u00a0 \nThe Ministry of  Social\u00a0Affairs met with their partners and saw the\ncurrent structure .\n')).toBe(
      '## Item\n\nThe Ministry of Social Affairs met with their partners and saw the current structure.\n'
    )
    expect(normalizeLine('\tadd the following :  ')).toBe('add the following:')
  })

  test('Windows-1252 and UTF-16 files are decoded; the first gets a note', () => {
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96]))).toEqual({
      text: 'Café –',
      notes: [
        {
          reason:
            'Unexpected bytes that are not UTF-8, expected a UTF-8 text file: read as `windows-1252`; check accented letters and quotes',
          ruleId: 'import-encoding'
        }
      ]
    })
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xb7, 0x00]))).toEqual({text: 'A·', notes: []})
  })
})
