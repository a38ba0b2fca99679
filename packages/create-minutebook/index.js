#!/usr/bin/env node
// `npm init minutebook [DIR] [flags]` runs this: it is `minutebook init [DIR] [flags]` of the minutebook it installs,
// whose CLI decides everything (what it asks, what it writes, its exit code).
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

// minutebook's entry is dist/index.js; its CLI is bin/minutebook.js beside dist/.
const bin = join(dirname(fileURLToPath(import.meta.resolve('minutebook'))), '..', 'bin', 'minutebook.js')
const result = spawnSync(process.execPath, [bin, 'init', ...process.argv.slice(2)], {stdio: 'inherit'})
process.exitCode = result.status ?? 2
