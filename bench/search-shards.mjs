#!/usr/bin/env node
// `npm run build:ts && node bench/search-shards.mjs [--meetings 4000] [--sizes one,2000,1000] [--keep DIR]`
// One search index or shards: for each shard size, what a reader's first query fetches and what a build after
// an edit waits for. The same generated archive is built once, then, for each size: a build that indexes every
// shard (`.cache/search` deleted; parse and page caches kept, so the figures are the search's), a build after one
// meeting of the middle year changed (the bench's warm build), and the first query in Chromium (bench/run.mjs's
// `firstQuery`). Peak RSS is the largest process of the first build: Pagefind's, which holds a whole shard.
// Prints a Markdown table, and with --json one JSON line per size.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {generateArchive} from './generate.mjs'
import {run} from './measure.mjs'
import {firstQuery, touchMeeting} from './run.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({
  options: {
    meetings: {type: 'string', default: '4000'},
    sizes: {type: 'string', default: 'one,2000,1000'},
    keep: {type: 'string'},
    child: {type: 'string'},
    json: {type: 'boolean', default: false}
  }
})
const say = (line) => process.stderr.write(line + '\n')

/** Builds `archive` with search shards of `size` meetings (`one`: a single index) in a process of its own. */
async function build(archive, size) {
  const shardSize = size === 'one' ? Number.MAX_SAFE_INTEGER : Number(size)
  const result = await run(process.execPath, [fileURLToPath(import.meta.url), '--child', archive, '--meetings', String(shardSize)])
  const line = result.output.trim().split('\n').filter((text) => text.startsWith('{')).at(-1)
  return {seconds: result.seconds, peakMb: result.peakRss / 1024 / 1024, ...JSON.parse(line)}
}

if (values.child !== undefined) {
  // The build itself, with the shard size in --meetings: one JSON line of what `build` reads.
  const {buildSite} = await import(join(repo, 'dist', 'build', 'build-site.js'))
  const report = await buildSite({root: values.child, quiet: true, searchShardSize: Number(values.meetings)})
  console.log(JSON.stringify({timings: report.timings, shards: report.searchShards, indexed: report.searchIndexedPages}))
  process.exit(0)
}

const count = Number(values.meetings)
const work = values.keep ?? (await mkdtemp(join(tmpdir(), 'minutebook-shards-')))
const archive = join(work, 'archive')
say(`generating ${count} meetings in ${archive}`)
const paths = await generateArchive(archive, count)
const changed = paths[Math.floor(paths.length / 2)]
say('first build (parse and page caches)')
await build(archive, values.sizes.split(',')[0])
const rows = []
let round = 0
for (const size of values.sizes.split(',')) {
  await rm(join(archive, '.cache', 'search'), {recursive: true, force: true})
  const all = await build(archive, size)
  await touchMeeting(archive, changed, `Shard marker ${round++}.`)
  const warm = await build(archive, size)
  const query = await firstQuery(join(archive, '_site'))
  const row = {
    meetings: count,
    shard_size: size,
    shards: all.shards,
    index_all_s: all.timings.search / 1000,
    pagefind_peak_mb: Math.round(all.peakMb),
    warm_s: warm.timings.total / 1000,
    warm_search_s: warm.timings.search / 1000,
    warm_indexed_pages: warm.indexed,
    first_query_kb: Math.round(query.transferredKb)
  }
  rows.push(row)
  say(JSON.stringify(row))
  if (values.json) console.log(JSON.stringify(row))
}
console.log('| shard size | shards | index everything s | peak RSS MB (largest process) | build after an edit s | its search s (pages indexed) | first query KB |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  console.log(`| ${row.shard_size} | ${row.shards} | ${row.index_all_s.toFixed(1)} | ${row.pagefind_peak_mb} | ${row.warm_s.toFixed(2)} | ${row.warm_search_s.toFixed(2)} (${row.warm_indexed_pages}) | ${row.first_query_kb} |`)
}
if (!values.keep) await rm(work, {recursive: true, force: true})
