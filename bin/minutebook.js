#!/usr/bin/env node
// The CLI entry: everything lives in dist/cli (compiled from src/cli by `npm install`).
import {main} from '../dist/cli/main.js'

await main(process.argv)
