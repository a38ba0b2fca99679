import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
import {describe, expect, onTestFinished, test} from 'vitest'
import {runImport, type ImportIo} from '../../src/cli/import.js'
import {convertMinutes} from '../../src/import/convert.js'
import {UserError} from '../../src/model/errors.js'

function cell(text: string): TableCell {
  return new TableCell({children: [new Paragraph(text)]})
}

/** A small Word file as a secretary makes one: Title style, Heading 1/2 items, bullets, a bold label, a table. */
async function wordFixture(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({text: 'Board Meeting, 12 March 2024', heading: HeadingLevel.TITLE}),
          new Paragraph({text: '1. Welcome', heading: HeadingLevel.HEADING_1}),
          new Paragraph('The Chair opened the meeting.'),
          new Paragraph({text: '2. Draft law', heading: HeadingLevel.HEADING_1}),
          new Paragraph({
            children: [new TextRun({text: 'Dara Sok (Ministry of Justice):', bold: true}), new TextRun(' The draft has been sent.')]
          }),
          new Paragraph({text: 'Group 1', heading: HeadingLevel.HEADING_2}),
          new Paragraph({text: 'New trafficking law', bullet: {level: 0}}),
          new Paragraph({text: 'Guidelines for recruitment agencies', bullet: {level: 0}}),
          new Paragraph({text: 'Provincial level too', bullet: {level: 1}}),
          new Table({
            rows: [
              new TableRow({children: [cell('Who'), cell('What')]}),
              new TableRow({children: [cell('Dara Sok'), cell('Circulate the draft | by June')]})
            ]
          })
        ]
      }
    ]
  })
  return Packer.toBuffer(document)
}

const io = (cwd: string, out: string[], err: string[]): ImportIo => ({out: (t) => void out.push(t), err: (t) => void err.push(t), cwd})

describe('importing Word files', () => {
  test('headings, bullets, a bold speaker label and a table come through intact', async () => {
    const converted = await convertMinutes(await wordFixture(), 'board.docx', {})
    expect(converted.markdown).toBe(
      [
        '---',
        'title: Board Meeting, 12 March 2024',
        'date: 2024-03-12',
        'status: draft',
        '---',
        '',
        '## 1. Welcome',
        '',
        'The Chair opened the meeting.',
        '',
        '## 2. Draft law',
        '',
        '**Dara Sok (Ministry of Justice):** The draft has been sent.',
        '',
        '### Group 1',
        '',
        '- New trafficking law',
        '- Guidelines for recruitment agencies',
        '  - Provincial level too',
        '',
        '| Who      | What                           |',
        '| -------- | ------------------------------ |',
        '| Dara Sok | Circulate the draft \\| by June |',
        ''
      ].join('\n')
    )
    expect(converted.notes).toEqual([])
  })

  test('a corrupt .docx is a clear user error and nothing is written', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'minutebook-import-'))
    onTestFinished(() => rm(cwd, {recursive: true, force: true}))
    const good = await wordFixture()
    await writeFile(join(cwd, 'broken.docx'), good.subarray(0, 2000))
    const out: string[] = []
    const err: string[] = []
    const run = runImport(['broken.docx'], {root: '.', date: '2024-03-12'}, io(cwd, out, err))
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(
      "broken.docx: Unexpected content, expected a Word .docx document (Corrupted zip: can't find end of central directory): the file is damaged or not a Word file; open it in Word and save it again as .docx"
    )
    expect(await readdir(cwd)).toEqual(['broken.docx'])
    expect(out).toEqual([])
  })

  test('a file that is not a zip package at all, and an old .doc, get their own messages', async () => {
    await expect(convertMinutes(new TextEncoder().encode('hello'), 'notes.docx', {})).rejects.toThrow(
      'notes.docx: Unexpected content, expected a Word .docx file (a zip package): the file is damaged or not a Word file; open it in Word and save it again as .docx'
    )
    await expect(convertMinutes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.docx', {})).rejects.toThrow(
      'old.docx: Unexpected old Word 97-2003 (.doc) file, expected a .docx file: open it in Word or LibreOffice and save it as .docx'
    )
    await expect(convertMinutes(new Uint8Array(), 'old.doc', {})).rejects.toThrow(
      'old.doc: Unexpected file type `.doc`, expected `.docx`, `.txt`, `.md` or `.html`: open it in Word or LibreOffice and save it as .docx'
    )
  })

  test('a Word file typed as plain paragraphs is read with the text heuristics', async () => {
    const lines = ['Welcome', 'The Chair opened the meeting.', 'Group reports', 'Group 1', '· New law', '· Guidelines']
    const document = new Document({sections: [{children: lines.map((line) => new Paragraph(line))}]})
    const converted = await convertMinutes(await Packer.toBuffer(document), 'typed.docx', {date: '2024-03-12', title: 'Typed'})
    expect(converted.markdown.split('---\n')[2]).toBe(
      '\n## Welcome\n\nThe Chair opened the meeting.\n\n## Group reports\n\n### Group 1\n\n- New law\n- Guidelines\n'
    )
  })
})

