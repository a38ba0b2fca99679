#!/usr/bin/env node
// `npm run bench -- --meetings N [--runs R] [--json] [--keep DIR]`
// Generates N meetings, then alternates baseline / cold / warm / serve runs so machine drift cancels out,
// and prints medians. With --json the last line printed is one JSON object of the figures.
import {availableParallelism} from 'node:os'
import {mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {addBaselineSearchPage, prepareBaseline} from './baseline.mjs'
import {floorParseSeconds} from './floor-parse.mjs'
import {generateArchive} from './generate.mjs'
import {median, run} from './measure.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const cli = join(repo, 'bin', 'minutebook.js')
const bin = (name) => join(repo, 'node_modules', '.bin', name)

/** The command line, read when this file runs rather than when a script imports it. */
function options() {
  const {values} = parseArgs({
    options: {
      meetings: {type: 'string', default: '1000'},
      runs: {type: 'string', default: '3'},
      json: {type: 'boolean', default: false},
      keep: {type: 'string'}
    }
  })
  return {values, count: Number(values.meetings), runs: Math.max(1, Number(values.runs))}
}
const say = (line) => process.stderr.write(line + '\n')

async function folderSize(folder) {
  let total = 0
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  )
}

export function touchMeeting(archive, path, marker) {
  return readFile(join(archive, path), 'utf8').then((text) =>
    writeFile(join(archive, path), text.replace(/\n## 1\. Welcome and introductions\n/, `\n## 1. Welcome and introductions\n\n${marker}\n`))
  )
}

async function waitFor(url, needle, limitMs) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    try {
      const response = await fetch(url)
      if (response.ok && (await response.text()).includes(needle)) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${url} did not show ${needle} within ${limitMs} ms`)
}

export async function serveOnce(archive, path, slug, round) {
  const port = 18000 + Math.floor(Math.random() * 1000)
  const child = spawn(process.execPath, [cli, 'serve', '--root', archive, '--port', String(port)], {stdio: ['ignore', 'pipe', 'pipe']})
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  try {
    await waitFor(`http://127.0.0.1:${port}/meetings/${slug}/`, '<html', 600_000)
    // No long digit runs in the marker: they would be redacted as a phone number.
    const marker = `Served marker ${round} ${Date.now().toString(36)}`
    const started = process.hrtime.bigint()
    await touchMeeting(archive, path, marker)
    await waitFor(`http://127.0.0.1:${port}/meetings/${slug}/`, marker, 120_000).catch((error) => {
      throw new Error(`${error.message}\nserve printed:\n${log.slice(-3000)}`)
    })
    return Number(process.hrtime.bigint() - started) / 1e9
  } finally {
    // serve finishes the build under way before it exits; the next round must not start (and delete .cache/)
    // while that build still writes its caches.
    const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000)
    await exited
    clearTimeout(timer)
  }
}

async function parseThroughput(archive, workers) {
  const {loadConfig} = await import(join(repo, 'dist', 'parse', 'config.js'))
  const {readMeetings} = await import(join(repo, 'dist', 'build', 'read-meetings.js'))
  const {listMeetingFiles} = await import(join(repo, 'dist', 'archive', 'meeting-files.js'))
  const config = await loadConfig(archive)
  let bytes = 0
  for (const path of await listMeetingFiles(archive)) bytes += (await stat(join(archive, path))).size
  const started = process.hrtime.bigint()
  await readMeetings(archive, config, {cache: false, workers})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {seconds, mbPerSecond: bytes / 1e6 / seconds}
}

/**
 * What the browser fetches to open `/search/?q=trafficking` in headless Chromium, in KB: transferred (text
 * gzip-compressed as static hosts such as GitHub Pages serve it; Pagefind's index files are already compressed)
 * and decoded. The server counts the bytes it sends, so requests from Pagefind's web worker count too (the
 * browser's own request sizes report 0 for them). Also lists the largest files, so a change in the bundle shows
 * where it comes from.
 */
export async function firstQuery(site) {
  const {chromium} = await import('playwright-core')
  const {createServer} = await import('node:http')
  const {extname} = await import('node:path')
  const {gzipSync} = await import('node:zlib')
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm'}
  const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml'])
  const files = []
  const server = createServer(async (request, response) => {
    const url = decodeURIComponent(new URL(request.url, 'http://x').pathname)
    let file = join(site, url)
    if (url.endsWith('/')) file = join(file, 'index.html')
    try {
      const decoded = await readFile(file)
      let body = decoded
      const headers = {'content-type': types[extname(file)] ?? 'application/octet-stream'}
      if (compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(decoded, {level: 6})
        headers['content-encoding'] = 'gzip'
      }
      files.push({url, transferred: body.length, decoded: decoded.length})
      response.writeHead(200, headers)
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = await browser.newPage()
    const base = `http://127.0.0.1:${server.address().port}`
    await page.goto(`${base}/search/?q=trafficking`, {waitUntil: 'networkidle'})
    await page.waitForTimeout(500)
    const sum = (key) => files.reduce((total, file) => total + file[key], 0) / 1024
    return {transferredKb: sum('transferred'), decodedKb: sum('decoded'), files: files.sort((a, b) => b.transferred - a.transferred)}
  } finally {
    await browser.close()
    server.close()
  }
}

/** Every HTML page of a built site: the largest (with its path) and the 95th percentile of sizes, in bytes. */
async function pageSizes(site) {
  const pages = []
  for (const entry of await readdir(site, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const path = join(entry.parentPath, entry.name)
      pages.push({path: path.slice(site.length + 1), size: (await stat(path)).size})
    }
  }
  pages.sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : 1))
  return {largest: pages.at(-1), p95: pages[Math.min(pages.length - 1, Math.ceil(pages.length * 0.95) - 1)].size}
}

async function main() {
  const {values, count, runs} = options()
  const work = values.keep ?? (await mkdtemp(join(tmpdir(), 'minutebook-bench-')))
  const archive = join(work, 'archive')
  say(`generating ${count} meetings in ${archive}`)
  const paths = await generateArchive(archive, count)
  const baselineDir = join(work, 'baseline')
  await prepareBaseline(archive, baselineDir)
  const changed = paths[Math.floor(paths.length / 2)]
  const slug = changed.split('/').pop().replace(/\.md$/, '')
  const figures = {floor: [], baseline: [], cold: [], warm: [], serve: [], baselineRss: [], coldRss: [], warmRss: [], parseOne: [], parseAll: [], speedup: []}

  for (let round = 1; round <= runs; round++) {
    await rm(join(baselineDir, '_site'), {recursive: true, force: true})
    const eleventy = await run(process.execPath, [bin('eleventy'), '--quiet'], {cwd: baselineDir})
    const pagefind = await run(bin('pagefind'), ['--site', '_site'], {cwd: baselineDir})
    figures.baseline.push(eleventy.seconds + pagefind.seconds)
    figures.baselineRss.push(Math.max(eleventy.peakRss, pagefind.peakRss))
    figures.floor.push(await floorParseSeconds(archive))

    await rm(join(archive, '.cache'), {recursive: true, force: true})
    const cold = await run(process.execPath, [cli, 'build', '--root', archive, '--out', join(work, 'site')])
    figures.cold.push(cold.seconds)
    figures.coldRss.push(cold.peakRss)

    await touchMeeting(archive, changed, `Warm marker ${round}.`)
    const warm = await run(process.execPath, [cli, 'build', '--root', archive, '--out', join(work, 'site')])
    figures.warm.push(warm.seconds)
    figures.warmRss.push(warm.peakRss)

    figures.serve.push(await serveOnce(archive, changed, slug, round))

    // The parse alone (no cache), one worker thread then one per core, each round like the builds.
    const one = await parseThroughput(archive, 1)
    const all = await parseThroughput(archive, availableParallelism())
    figures.parseOne.push(one.mbPerSecond)
    figures.parseAll.push(all.mbPerSecond)
    figures.speedup.push(one.seconds / all.seconds)
    say(`round ${round}: baseline ${figures.baseline.at(-1).toFixed(2)} s, parse floor ${figures.floor.at(-1).toFixed(2)} s, cold ${cold.seconds.toFixed(2)} s, warm ${warm.seconds.toFixed(2)} s, serve ${figures.serve.at(-1).toFixed(2)} s, parallel speedup ${figures.speedup.at(-1).toFixed(2)}`)
  }

  const site = join(work, 'site')
  const pages = await pageSizes(site)
  await addBaselineSearchPage(join(baselineDir, '_site'))
  const baselineQuery = await firstQuery(join(baselineDir, '_site')).then(
    (query) => query.transferredKb,
    (error) => (say(`baseline first query not measured: ${error.message}`), null)
  )
  const searchFolder = (await exists(join(site, 'pagefind'))) ? join(site, 'pagefind') : join(site, '_pagefind')
  const pageHtml = (await stat(join(site, 'meetings', slug, 'index.html'))).size
  let css = 0
  for (const entry of await readdir(join(site, 'assets')).catch(() => [])) {
    if (entry.endsWith('.css')) css += (await stat(join(site, 'assets', entry))).size
  }
  const result = {
    meetings: count,
    runs,
    baseline_s: median(figures.baseline),
    cold_s: median(figures.cold),
    warm_s: median(figures.warm),
    serve_s: median(figures.serve),
    ratio_cold: median(figures.cold) / median(figures.baseline),
    ratio_warm: median(figures.warm) / median(figures.baseline),
    floor_parse_s: median(figures.floor),
    ratio_floor: median(figures.cold) / (median(figures.baseline) + median(figures.floor)),
    parse_mb_s_1: median(figures.parseOne),
    parse_mb_s_all: median(figures.parseAll),
    workers: availableParallelism(),
    parallel_speedup: median(figures.speedup),
    peak_rss_mb: Math.max(...figures.coldRss, ...figures.warmRss) / 2 ** 20,
    baseline_peak_rss_mb: Math.max(...figures.baselineRss) / 2 ** 20,
    search_index_mb: (await folderSize(searchFolder)) / 2 ** 20,
    ...(await firstQuery(site).then(
      (query) => ({first_query_kb: query.transferredKb, first_query_decoded_kb: query.decodedKb}),
      (error) => (say(`first query not measured: ${error.message}`), {first_query_kb: null})
    )),
    page_kb: (pageHtml + css) / 1024,
    largest_page_kb: pages.largest.size / 1024,
    largest_page: pages.largest.path,
    p95_page_kb: pages.p95 / 1024
  }
  result.baseline_first_query_kb = baselineQuery
  result.ratio_query = result.first_query_kb && baselineQuery ? result.first_query_kb / baselineQuery : null
  const rows = [
    ['meetings', count],
    ['baseline (Eleventy + Pagefind CLI)', `${result.baseline_s.toFixed(2)} s`],
    ['parse floor (remark-parse + remark-gfm, all cores)', `${result.floor_parse_s.toFixed(2)} s`],
    ['minutebook cold', `${result.cold_s.toFixed(2)} s (ratio ${result.ratio_cold.toFixed(2)}, to baseline + floor ${result.ratio_floor.toFixed(2)})`],
    ['minutebook warm (one meeting changed)', `${result.warm_s.toFixed(2)} s (ratio ${result.ratio_warm.toFixed(2)})`],
    ['serve: save to rebuilt page', `${result.serve_s.toFixed(2)} s`],
    ['parse, 1 worker', `${result.parse_mb_s_1.toFixed(2)} MB/s`],
    [`parse, ${result.workers} workers`, `${result.parse_mb_s_all.toFixed(2)} MB/s (speedup ${result.parallel_speedup.toFixed(2)})`],
    ['peak RSS, largest process', `${result.peak_rss_mb.toFixed(0)} MB (baseline ${result.baseline_peak_rss_mb.toFixed(0)} MB)`],
    ['search index', `${result.search_index_mb.toFixed(1)} MB`],
    ['first query fetches', result.first_query_kb === null ? 'not measured' : `${result.first_query_kb.toFixed(0)} KB`],
    ['plain Pagefind, same query', result.baseline_first_query_kb === null ? 'not measured' : `${result.baseline_first_query_kb.toFixed(0)} KB (ratio ${result.ratio_query?.toFixed(2)})`],
    ['largest page', `${result.largest_page_kb.toFixed(0)} KB (${result.largest_page}); 95th percentile ${result.p95_page_kb.toFixed(1)} KB`],
    ['meeting page + CSS', `${result.page_kb.toFixed(1)} KB`]
  ]
  for (const [name, value] of rows) console.log(`${String(name).padEnd(40)} ${value}`)
  if (values.json) console.log(JSON.stringify(result))
  if (!values.keep) await rm(work, {recursive: true, force: true})
}

// Run when executed, not when bench/report.mjs or a script imports firstQuery.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
