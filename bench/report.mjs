#!/usr/bin/env node
// `node bench/report.mjs --sizes 1000,4000,16000 [--runs 3]`: runs the bench at each size, then writes
// bench/results.json, the table between the markers in BENCHMARKS.md and bench/build-time.svg.
import {execFileSync} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({options: {sizes: {type: 'string', default: '1000,4000,16000'}, runs: {type: 'string', default: '3'}, 'from-results': {type: 'boolean', default: false}}})

/** The log-log slope of time against size: 1 is linear. */
export function growthExponent(points) {
  if (points.length < 2) return null
  const first = points[0]
  const last = points[points.length - 1]
  return Math.log(last.cold_s / first.cold_s) / Math.log(last.meetings / first.meetings)
}

/** An SVG line chart of build time against archive size: baseline, cold and warm. */
export function chart(points) {
  const width = 640
  const height = 360
  const pad = {left: 64, right: 150, top: 24, bottom: 48}
  const maxX = Math.max(...points.map((p) => p.meetings))
  const maxY = Math.max(...points.flatMap((p) => [p.baseline_s, p.cold_s, p.warm_s])) * 1.1
  const x = (value) => pad.left + (value / maxX) * (width - pad.left - pad.right)
  const y = (value) => height - pad.bottom - (value / maxY) * (height - pad.top - pad.bottom)
  const series = [
    ['baseline_s', 'Eleventy + Pagefind', '#6b6b6b', '6 4'],
    ['cold_s', 'minutebook cold', '#1f4e79', ''],
    ['warm_s', 'minutebook warm', '#2e7d32', '']
  ]
  const lines = series.map(([key, label, colour, dash], index) => {
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.meetings).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ')
    const dots = points.map((p) => `<circle cx="${x(p.meetings).toFixed(1)}" cy="${y(p[key]).toFixed(1)}" r="3" fill="${colour}"/>`).join('')
    const legendY = pad.top + 18 * index
    return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>${dots}` +
      `<line x1="${width - pad.right + 12}" y1="${legendY}" x2="${width - pad.right + 32}" y2="${legendY}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>` +
      `<text x="${width - pad.right + 38}" y="${legendY + 4}">${label}</text>`
  })
  const ticksY = Array.from({length: 5}, (_, i) => (maxY / 4) * i)
  const axis = [
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#000"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#000"/>`,
    ...points.map((p) => `<text x="${x(p.meetings).toFixed(1)}" y="${height - pad.bottom + 18}" text-anchor="middle">${p.meetings}</text>`),
    ...ticksY.map((t) => `<text x="${pad.left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t.toFixed(0)}</text>`),
    `<text x="${(pad.left + width - pad.right) / 2}" y="${height - 8}" text-anchor="middle">meetings</text>`,
    `<text transform="translate(16 ${height / 2}) rotate(-90)" text-anchor="middle">build time (s)</text>`
  ]
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="12">\n<title>Build time against archive size</title>\n<rect width="100%" height="100%" fill="#fff"/>\n${axis.join('\n')}\n${lines.join('\n')}\n</svg>\n`
}

function table(points) {
  const fmt = (value, digits = 2) => (value === null || value === undefined ? 'n/a' : Number(value).toFixed(digits))
  const rows = points.map((p) =>
    `| ${p.meetings} | ${fmt(p.baseline_s)} | ${fmt(p.floor_parse_s)} | ${fmt(p.cold_s)} | ${fmt(p.warm_s)} | ${fmt(p.serve_s)} | ${fmt(p.ratio_floor)} | ${fmt(p.ratio_warm)} | ${fmt(p.parallel_speedup)} | ${fmt(p.peak_rss_mb, 0)} | ${fmt(p.first_query_kb, 0)} | ${fmt(p.baseline_first_query_kb, 0)} | ${fmt(p.ratio_query)} | ${fmt(p.page_kb, 1)} | ${fmt(p.largest_page_kb, 0)} | ${fmt(p.p95_page_kb, 1)} |`
  )
  const exponent = growthExponent(points)
  return [
    '| meetings | baseline s | parse floor s | cold s | warm s | serve s | ratio floor | ratio warm | parallel speedup | peak RSS MB | first query KB | plain Pagefind KB | ratio query | page KB | largest page KB | p95 page KB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Growth exponent of the cold build (log-log slope, ${points[0]?.meetings} to ${points.at(-1)?.meetings} meetings): ${exponent === null ? 'n/a' : exponent.toFixed(2)}.`
  ].join('\n')
}

async function main() {
  const resultsFile = join(repo, 'bench', 'results.json')
  let points
  if (values['from-results']) points = JSON.parse(await readFile(resultsFile, 'utf8'))
  else {
    points = []
    for (const size of values.sizes.split(',').map(Number)) {
      const output = execFileSync(process.execPath, [join(repo, 'bench', 'run.mjs'), '--meetings', String(size), '--runs', values.runs, '--json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26})
      process.stdout.write(output)
      points.push(JSON.parse(output.trim().split('\n').at(-1)))
    }
    await writeFile(resultsFile, JSON.stringify(points, null, 2) + '\n')
  }
  await writeFile(join(repo, 'bench', 'build-time.svg'), chart(points))
  const doc = join(repo, 'BENCHMARKS.md')
  const text = await readFile(doc, 'utf8')
  const updated = text.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, `<!-- results -->\n${table(points)}\n<!-- /results -->`)
  await writeFile(doc, updated)
  console.log(table(points))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
