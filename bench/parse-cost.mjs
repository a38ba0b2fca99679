#!/usr/bin/env node
// `npm run build:ts && node bench/parse-cost.mjs [--runs R] [shape...]`
// The worst parse cost a meeting can have: for each hostile or heavy shape, the largest meeting made of it that
// still passes every guard (size, characters, nesting, parse cost), found by bisection; each is then parsed by
// parseMeeting in a fresh Node process, R times, and the slowest time and the largest peak RSS are printed as a
// Markdown table (the figures in SECURITY.md). A shape whose parse is refused is a failure of this script.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const {checkCharacters, checkNesting, checkSize} = await import(join(repo, 'dist', 'parse', 'limits.js'))
const {scanParseCost} = await import(join(repo, 'dist', 'parse', 'parse-cost.js'))

const {values, positionals} = parseArgs({options: {runs: {type: 'string', default: '3'}}, allowPositionals: true})
const runs = Math.max(1, Number(values.runs))
const head = '---\ntitle: Worst case\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\n'

const repeat = (unit) => (n) => unit.repeat(n)
const paragraphs = (unit, per, before = '') => (n) => (before + unit.repeat(per) + '\n\n').repeat(n)
const realistic = (n) =>
  Array.from(
    {length: n},
    (_, i) =>
      `## ${i + 1}. Item ${i + 1}\n\nMs Kristy Fleming, Project Advisor of UNIAP presented point ${i}. The agenda was adopted.\n\n` +
      `**Dara Sok (Ministry of Justice):** The draft has been sent to the council.\n\n` +
      `- [ ] Dara Sok to circulate the draft by 20 June 2007\n- item ${i} for the group\n  - sub point\n\n` +
      `Decision: The group will submit joint comments.\n\n> quoted ${i}\n`
  ).join('\n')

/** Each shape: a body of `n` repetitions. The paragraph shapes hold as many markers as the quadratic bound lets one paragraph. */
const shapes = {
  'realistic minutes': realistic,
  'tasks (`- [ ] a`)': repeat('- [ ] a\n'),
  'tasks with owners and dates': repeat('- [ ] Dara Sok to circulate the draft by 20 June 2007\n'),
  'ordered list items (`1. a`)': repeat('1. a\n'),
  'lists nested three deep': repeat('- a\n  - b\n    - c\n'),
  'lists nested eight deep': repeat('- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g\n              - h\n'),
  'lists in quotes': repeat('> - a\n>   - b\n>     - c\n'),
  'footnote definitions': repeat('[^a]: x\n\n'),
  'footnote calls': (n) => '[^a]: x\n\n' + ('[^a] '.repeat(30) + '\n\n').repeat(n),
  'agenda items': repeat('## 4. Draft law\n\nThe Chair, Bettina Maas, welcomed attendees.\n\n'),
  'ATX headings (`# a`)': repeat('# a\n'),
  'links (`[a](b)`)': (n) => ('[a](b) '.repeat(30) + '\n\n').repeat(n),
  'images (`![a](b)`)': (n) => ('![a](b) '.repeat(30) + '\n\n').repeat(n),
  'emphasis (`*a*`)': (n) => ('*a* '.repeat(30) + '\n\n').repeat(n),
  'character references (`&amp;`)': (n) => ('&amp; '.repeat(30) + '\n\n').repeat(n),
  'e-mail addresses': repeat('a@b.co\n\n'),
  'web addresses (`www.`)': repeat('www.a.co\n\n'),
  'a wide table (500 columns)': (n) => '|' + ' a |'.repeat(n) + '\n|' + ' - |'.repeat(n) + '\n' + ('|' + ' b |'.repeat(n) + '\n').repeat(60),
  'a table of 10 columns': (n) => '|' + ' a |'.repeat(10) + '\n|' + ' - |'.repeat(10) + '\n' + ('|' + ' b |'.repeat(10) + '\n').repeat(n),
  'lazy lines in list items': repeat('- a\nb\n'),
  'decisions': repeat('Decision: The group will submit joint comments.\n\n'),
  'unmatched emphasis closers, one paragraph at the bound': (n) => 'a* '.repeat(n),
  'unmatched emphasis closers, 100 a paragraph': paragraphs('a* ', 100),
  'lazy lines in a quote, one paragraph at the bound': (n) => '> a\n' + 'b\n'.repeat(n),
  'lazy lines in a quote, 100 a paragraph': paragraphs('b\n', 100, '> a\n'),
  'hard breaks, 100 a paragraph': paragraphs('a\\\n', 100),
  'brackets (`[a] `), 100 a paragraph': paragraphs('[a] ', 100),
  'unclosed links (`[a](`), 100 a paragraph': paragraphs('[a](', 100),
  'code spans of growing length, 100 a paragraph': (n) => Array.from({length: n}, () => Array.from({length: 100}, (_, k) => '`'.repeat(k + 1) + 'a').join('') + '\n\n').join(''),
  'one paragraph at the bound, then ordered list items': (n) => 'a\\\n'.repeat(3_500) + '\n' + '1. a\n'.repeat(n)
}

const passes = (body) => {
  const text = head + body
  return !(checkSize(text) ?? checkCharacters(text) ?? checkNesting(text) ?? scanParseCost(text).problem)
}

/** The largest `n` whose body passes every guard (doubling, then bisection). */
function largest(make) {
  let high = 1
  while (passes(make(high))) high *= 2
  let low = high / 2
  if (!passes(make(low))) return 0
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (passes(make(middle))) low = middle
    else high = middle
  }
  return low
}

// Run in a fresh process each time: the peak RSS is the parse's alone.
const probe = `
  const {readFileSync} = require('node:fs')
  import(process.argv[1]).then(({parseMeeting}) => {
    const text = readFileSync(process.argv[2], 'utf8')
    const started = performance.now()
    const {meeting, messages} = parseMeeting(text, {path: 'meetings/2024/2024-01-01-worst-case.md'})
    const ms = performance.now() - started
    const fatal = messages.filter((message) => message.fatal)
    console.log(JSON.stringify({ms, rssMb: process.resourceUsage().maxRSS / 1024, items: meeting ? meeting.items.length : null, fatal: fatal.map((m) => m.reason)}))
  })`

const work = mkdtempSync(join(tmpdir(), 'minutebook-parse-cost-'))
const file = join(work, 'meeting.md')
const wanted = positionals.length > 0 ? Object.keys(shapes).filter((name) => positionals.some((word) => name.includes(word))) : Object.keys(shapes)
const rows = []
try {
  for (const name of wanted) {
    const make = shapes[name]
    const n = largest(make)
    const text = head + make(n)
    writeFileSync(file, text)
    const scan = scanParseCost(text)
    let ms = 0
    let rssMb = 0
    for (let run = 0; run < runs; run++) {
      const out = execFileSync(process.execPath, ['-e', probe, join(repo, 'dist', 'extract', 'parse-meeting.js'), file], {encoding: 'utf8', maxBuffer: 1 << 26})
      const result = JSON.parse(out.trim().split('\n').at(-1))
      if (result.items === null) throw new Error(`${name}: the parse was refused: ${result.fatal.join('; ')}`)
      ms = Math.max(ms, result.ms)
      rssMb = Math.max(rssMb, result.rssMb)
    }
    const row = {name, kib: Buffer.byteLength(text) / 1024, cost: scan.cost, quadratic: scan.paragraphs, ms, rssMb}
    rows.push(row)
    process.stderr.write(`${name}: ${row.kib.toFixed(0)} KiB, ${(ms / 1000).toFixed(2)} s, ${rssMb.toFixed(0)} MB\n`)
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}

rows.sort((a, b) => b.rssMb - a.rssMb)
console.log('| shape (largest meeting that passes the guards) | size | cost units | quadratic cost | parse time | peak RSS |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.kib.toFixed(0)} KiB | ${Math.round(row.cost).toLocaleString('en')} | ${row.quadratic.toExponential(1)} | ${(row.ms / 1000).toFixed(2)} s | ${row.rssMb.toFixed(0)} MB |`
  )
}
