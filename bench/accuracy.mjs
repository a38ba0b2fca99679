#!/usr/bin/env node
// `npm run accuracy -- --corpus ../shared/minutes-corpus [--json] [--verbose]`
// How well the parser reads real minutes: every expectation of the corpus, its copy prepared as
// minutes-corpus/score.mjs prepares it, parsed in this process through the public API, scored with the
// reference scorer's rules (bench/accuracy/match.mjs). Prints a table per file, a line per language, the
// total and the slowest parse; with --json the last line printed is one JSON object of the figures.
import {spawnSync} from 'node:child_process'
import {readFileSync, existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {corpusProblem, prepareText, readExpectations} from './accuracy/corpus.mjs'
import {createParser} from './accuracy/parse.mjs'
import {jsonReport, tableLines} from './accuracy/report.mjs'
import {scoreFile} from './accuracy/score-file.mjs'
import {tally, tallyByLanguage} from './accuracy/totals.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))

const {values} = parseArgs({
  options: {
    corpus: {type: 'string'},
    json: {type: 'boolean', default: false},
    verbose: {type: 'boolean', default: false}
  }
})
// Beside the checkout is where the corpus README tells tools to look when no folder is given.
const corpus = values.corpus === undefined ? resolve(repo, '..', 'shared', 'minutes-corpus') : resolve(values.corpus)

async function main() {
  const problem = corpusProblem(corpus)
  if (problem) {
    // Not an error: a checkout without the corpus beside it simply has nothing to measure.
    console.log(`No minutes corpus at ${corpus} (${problem}); pass one with: npm run accuracy -- --corpus DIR (a folder holding expected/*.json and the copies they name)`)
    return
  }
  const parse = await createParser()
  const rows = []
  for (const {name, expected} of readExpectations(corpus)) {
    const row = {file: name, sample_copy: expected.sample_copy, language: expected.language}
    rows.push(row)
    const copy = join(corpus, expected.sample_copy ?? '')
    if (!expected.sample_copy || !existsSync(copy)) {
      row.error = `missing copy ${expected.sample_copy ?? '(no sample_copy)'}`
      continue
    }
    const raw = readFileSync(copy, 'utf8')
    row.bytes = Buffer.byteLength(raw)
    const {text, stripped} = prepareText(expected, raw)
    row.front_matter_stripped = stripped
    // The path `minutebook parse` would report for the temporary file score.mjs writes: it names the slug.
    const result = parse(text, `${name}.md`)
    row.ms = result.ms
    row.messages = result.messages
    if (result.meeting) row.score = scoreFile(expected, result.meeting)
    else row.error = result.error
  }

  const totals = tally(rows)
  const languages = tallyByLanguage(rows)
  const head = spawnSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], {encoding: 'utf8'}).stdout?.trim() || null
  for (const line of tableLines(rows, languages, totals, {verbose: values.verbose})) console.log(line)
  console.log(`${rows.length} files from ${corpus}, ${totals.without_meeting} without a Meeting; checkout ${head ?? '?'}; parse time total ${totals.ms.toFixed(0)} ms`)
  if (values.json) console.log(JSON.stringify(jsonReport({corpus, head, rows, languages, totals, verbose: values.verbose})))
}

await main()
