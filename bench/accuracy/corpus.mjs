// Reading the corpus: its expectations and the copies they name, each copy prepared the way the reference
// scorer prepares it (own front matter out, a minimal one in), so both score the same input text.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'

/** Why `dir` cannot be read as a corpus (no folder, no `expected/*.json`), or undefined when it can. */
export function corpusProblem(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return 'no such folder'
  const expected = join(dir, 'expected')
  if (!existsSync(expected) || !statSync(expected).isDirectory()) return 'no expected/ folder in it'
  if (!readdirSync(expected).some((name) => name.endsWith('.json'))) return 'no expected/*.json in it'
  return undefined
}

/** The corpus's expectations in file-name order, lists the scorer reads defaulting to empty as score.mjs does. */
export function readExpectations(dir) {
  const folder = join(dir, 'expected')
  // Plain code-unit sort, as score.mjs sorts: the same order, so the same tie-breaks in the tables.
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(folder, name), 'utf8'))
      for (const key of ['agenda_items', 'speakers', 'decisions', 'actions']) expected[key] ??= []
      expected.meeting ??= {}
      return {name: basename(name, '.json'), expected}
    })
}

/**
 * The copy's text without its own front matter (YAML fence, or Nikola-style `key: value` lines up to the
 * first blank line starting with `title:`), and which kind was stripped.
 */
export function stripFrontMatter(text) {
  text = text.replace(/^\uFEFF/, '')
  const yaml = text.match(/^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/)
  if (yaml) return {body: text.slice(yaml[0].length), stripped: 'yaml'}
  const lines = text.split('\n')
  const blank = lines.findIndex((line) => line.trim() === '')
  if (/^title:/.test(lines[0]) && blank > 0 && blank < 20 && lines.slice(0, blank).every((line) => /^[a-z_]+:/.test(line)))
    return {body: lines.slice(blank + 1).join('\n'), stripped: 'metadata-lines'}
  return {body: text, stripped: 'none'}
}

/**
 * The text the parser reads: a minimal front matter (title, date, status: approved) that passes the schema
 * whatever the source wrote in its own, then the copy's body without leading blank lines.
 */
export function prepareText(expected, copyText) {
  const {body, stripped} = stripFrontMatter(copyText)
  const title = JSON.stringify(expected.meeting.title ?? basename(expected.path, '.md'))
  const head = `---\ntitle: ${title}\ndate: ${expected.meeting.date}\nstatus: approved\n---\n\n`
  return {text: head + body.replace(/^\s*\n/, ''), stripped}
}
