// Parsing in process through the public API, the way `minutebook parse` does it in an empty folder.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

// An invented meeting parsed once before timing: the first parse also pays for compiling the pipeline's
// code, which would otherwise be charged to whichever corpus file comes first.
const WARM_UP = '---\ntitle: Warm-up\ndate: 2001-01-01\nstatus: approved\n---\n\n## Opening\n\n**Ann Lee:** Welcome.\n\n- [ ] Bo Chan to send the notes\n'

/**
 * A parser for corpus texts: `parseMeeting` from the package's public entry with the settings `loadConfig`
 * gives for a folder without `minutebook.yml` (what `minutebook parse` uses there). Compile dist/ first.
 */
export async function createParser() {
  // The package's own name resolves to its `exports` entry: the public API, as an integrator imports it.
  const {parseMeeting, loadConfig} = await import('minutebook')
  const empty = await mkdtemp(join(tmpdir(), 'minutebook-accuracy-'))
  const config = await loadConfig(empty).finally(() => rm(empty, {recursive: true, force: true}))
  parseMeeting(WARM_UP, {path: 'warm-up.md', config})
  return (text, path) => parseText(parseMeeting, config, text, path)
}

function parseText(parseMeeting, config, text, path) {
  // Bytes, as the CLI reads the file it was given, so decoding is timed and done the same way.
  const bytes = Buffer.from(text, 'utf8')
  const started = process.hrtime.bigint()
  let result
  try {
    result = parseMeeting(bytes, {path, config})
  } catch (error) {
    return {ms: elapsed(started), meeting: undefined, messages: [], error: `parseMeeting threw: ${error?.stack ?? error}`}
  }
  const ms = elapsed(started)
  const messages = result.messages.map((message) => ({
    line: message.line ?? null,
    column: message.column ?? null,
    reason: message.reason,
    rule: message.ruleId ?? null,
    fatal: message.fatal === true
  }))
  // `minutebook parse` prints no Meeting when a message is fatal (it exits 1), so score.mjs scores none;
  // the same here, or our totals would count files the reference scorer counts as without a Meeting.
  const fatal = messages.find((message) => message.fatal)
  if (!result.meeting || fatal) {
    const why = fatal ? `fatal message at line ${fatal.line ?? '?'}: ${fatal.reason}` : 'no meeting returned'
    return {ms, meeting: undefined, messages, error: `no Meeting (${why})`}
  }
  return {ms, meeting: result.meeting, messages}
}

function elapsed(started) {
  return Number(process.hrtime.bigint() - started) / 1e6
}
