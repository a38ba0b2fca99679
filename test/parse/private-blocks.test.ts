import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {formatMessage} from '../../src/cli/format.js'

const head = '---\ntitle: Board\ndate: "2024-05-01"\nstatus: approved\n---\n\n'

function parse(body: string) {
  return parseMeeting(head + body, {path: 'meetings/2024/2024-05-01-board.md'})
}

function everything(result: ReturnType<typeof parse>): string {
  return JSON.stringify(result.meeting)
}

describe('private blocks', () => {
  it('cuts an inline private span and keeps the text around it', () => {
    const result = parse('## Item\n\nPublic start <!-- private -->SECRET-1<!-- /private --> public end.\n')
    expect(everything(result)).not.toContain('SECRET-1')
    expect(result.meeting?.items[0]?.html).toBe('<p>Public start  public end.</p>')
  })

  it('cuts whole blocks between markers, lists and headings included', () => {
    const body = [
      '## Item',
      '',
      'Before.',
      '',
      '<!-- private -->',
      '',
      'SECRET-2 paragraph.',
      '',
      '- SECRET-3 bullet',
      '',
      '### SECRET-4 heading',
      '',
      '<!-- /private -->',
      '',
      'After.',
      ''
    ].join('\n')
    const result = parse(body)
    const json = everything(result)
    for (const canary of ['SECRET-2', 'SECRET-3', 'SECRET-4']) expect(json).not.toContain(canary)
    expect(result.meeting?.items.map((item) => item.title)).toEqual(['Item'])
    expect(result.meeting?.items[0]?.html).toBe('<p>Before.</p>\n<p>After.</p>')
  })

  it('withholds everything after an unclosed marker and reports it as an error', () => {
    const result = parse('## Item\n\nPublic.\n\n<!-- private -->\n\nSECRET-5\n\n## Later\n\nAlso withheld.\n')
    expect(result.meeting).toBeUndefined()
    expect(JSON.stringify(result.file.data)).not.toContain('SECRET-5')
    expect(result.messages.map((message) => formatMessage(message))).toEqual([
      'meetings/2024/2024-05-01-board.md:11:1: Unexpected unclosed private block, expected `<!-- /private -->`; everything after it is withheld [minutebook:private-block-unclosed]'
    ])
  })

  it('reports a closing marker without an opening one as an error: its opening marker is likely mistyped', () => {
    const result = parse('## Item\n\nText <!-- /private --> more.\n')
    expect(result.meeting).toBeUndefined()
    expect(result.messages.map((message) => formatMessage(message))).toEqual([
      'meetings/2024/2024-05-01-board.md:9:6: Unexpected closing `<!-- /private -->`, expected an opening `<!-- private -->` before it [minutebook:private-block-stray]'
    ])
  })
})
