#!/usr/bin/env node
// `node bench/serve-compare.mjs <archive> <checkoutA> <checkoutB> [rounds]`: serve's save-to-page time (bench/run.mjs's
// serveOnce) for two checkouts on the same generated archive, rounds alternating, medians printed. Each checkout needs
// its dist/ compiled and a bench/run.mjs that exports serveOnce (from the commit that added this script on).
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
const [archive, a, b, rounds = '3'] = process.argv.slice(2)
const sides = {a: await import(join(a, 'bench', 'run.mjs')), b: await import(join(b, 'bench', 'run.mjs'))}
const year = readdirSync(join(archive, 'meetings')).sort()[5]
const file = readdirSync(join(archive, 'meetings', year)).sort()[3]
const path = `meetings/${year}/${file}`
const slug = file.replace(/\.md$/, '')
const times = {a: [], b: []}
for (let round = 0; round < Number(rounds); round++) {
  for (const side of ['a', 'b']) {
    const s = await sides[side].serveOnce(archive, path, slug, round * 2 + (side === 'a' ? 0 : 1))
    times[side].push(s)
    console.log(side, s.toFixed(3))
  }
}
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]
console.log('median a', median(times.a).toFixed(3), 'b', median(times.b).toFixed(3))
