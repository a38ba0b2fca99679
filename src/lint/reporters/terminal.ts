import {relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {CheckResult} from '../check-archive.js'

/**
 * The report for a person at a terminal: vfile-reporter's, as remark-cli and the other unified tools print it (files
 * as headings, aligned places, severities in colour when `color`), paths relative to `cwd`. Files without messages are
 * left out; with none at all it says so.
 */
export function reportTerminal(result: CheckResult, {color, cwd = process.cwd()}: {color: boolean; cwd?: string}): string {
  const files = result.files.map((file) => {
    const shown = new VFile({path: relative(cwd, resolve(result.root, file.path)).split(sep).join('/')})
    shown.messages = file.messages
    return shown
  })
  const report = reporter(files, {color, quiet: true})
  return report === '' ? 'no issues found\n' : `${report}\n`
}
