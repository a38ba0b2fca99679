import {spawn} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const repo = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-serve-'))
const seedPath = 'meetings/2007/2007-02-28-stakeholder-meeting.md'

afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Resolves once `read()` says so, polling; rejects with `what` after `limitMs`. */
async function until(read: () => Promise<boolean> | boolean, what: string, limitMs = 60_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if (await read()) return
    await new Promise((done) => setTimeout(done, 50))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

describe('minutebook serve', () => {
  it('shows an edited meeting page first, then rebuilds the rest of the site', async () => {
    const root = join(work, 'archive')
    mkdirSync(root, {recursive: true})
    cpSync(join(repo, 'meetings'), join(root, 'meetings'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    const port = 19000 + (process.pid % 1000)
    const child = spawn(process.execPath, [join(repo, 'bin', 'minutebook.js'), 'serve', '--root', root, '--port', String(port)], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    try {
      await until(() => out.includes('Serving the archive at'), 'the server', 120_000)
      const page = `http://localhost:${port}/meetings/2007-02-28-stakeholder-meeting/`
      const seed = readFileSync(join(root, seedPath), 'utf8')
      writeFileSync(join(root, seedPath), seed.replace('\n## Welcome and introductions\n', '\n## Welcome and introductions\n\nServemarker said the chair.\n'))
      await until(async () => (await (await fetch(page)).text()).includes('Servemarker said the chair.'), 'the edited page')
      await until(() => out.split('Built ').length === 3, 'the full rebuild')
      expect(out).toMatch(/Updated meetings\/2007-02-28-stakeholder-meeting\/; rebuilding the rest\nBuilt \d+ meetings/)
      // The full build also carries the edit into what the quick page leaves out: the meeting's JSON.
      expect(readFileSync(join(root, '_site/api/meetings/2007-02-28-stakeholder-meeting.json'), 'utf8')).toContain('Servemarker said the chair.')
    } finally {
      child.kill('SIGTERM')
    }
  }, 180_000)
})
