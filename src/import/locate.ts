import type {VFile} from 'vfile'
import type {ImportNote} from './note.js'

/**
 * Adds importer notes to `file` as warnings, each placed on the first line of the written Markdown that
 * holds its anchor text (else the first line), so the secretary finds the spot in the file they edit.
 */
export function placeNotes(notes: ImportNote[], markdown: string, file: VFile): void {
  const lines = markdown.split('\n')
  for (const note of notes) {
    const index = note.anchor === undefined ? -1 : lines.findIndex((line) => line.includes(note.anchor!))
    const line = index === -1 ? 1 : index + 1
    const column = index === -1 ? 1 : lines[index]!.indexOf(note.anchor!) + 1
    const message = file.message(note.reason, {place: {line, column}, ruleId: note.ruleId, source: 'minutebook'})
    message.fatal = false
  }
}
