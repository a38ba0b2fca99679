import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {connect} from 'node:net'
import {networkInterfaces, tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'

const repo = join(import.meta.dirname, '..', '..')
const cli = join(repo, 'bin', 'minutebook.js')
const work = mkdtempSync(join(tmpdir(), 'minutebook-serve-guard-'))
const children: ChildProcess[] = []
// Each server has ended before the next test, and before the folders are removed: one still building wrote into them.
afterEach(async () => {
  await Promise.all(
    children.splice(0).map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      return exited
    })
  )
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const canary = 'CANARY-SERVED-DRAFT-6e1f'

/** An archive with one approved meeting and one draft, its settings file holding a canary too. */
function archive(name: string): string {
  const root = join(work, name)
  mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
  cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
  writeFileSync(join(root, 'minutebook.yml'), `# ${canary}\n`, {flag: 'a'})
  writeFileSync(join(root, 'meetings/2024/2024-01-01-approved.md'), '---\ntitle: Approved\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\nPublic.\n')
  writeFileSync(join(root, 'meetings/2024/2024-01-02-draft.md'), `---\ntitle: Draft\ndate: 2024-01-02\nstatus: draft\n---\n\n## Item\n\n${canary} spoke.\n`)
  return root
}

/** Starts `minutebook serve` on a free port; resolves with the port once it says where it serves, and its output so far. */
async function serve(root: string, ...flags: string[]): Promise<{child: ChildProcess; port: number; output: () => string}> {
  const child = spawn(process.execPath, [cli, 'serve', '--root', root, '--port', '0', ...flags], {stdio: ['ignore', 'pipe', 'pipe']})
  children.push(child)
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  for (let wait = 0; wait < 1200; wait++) {
    const port = /Serving the archive at http:\/\/[^:]+:(\d+)\//.exec(output)?.[1]
    if (port) return {child, port: Number(port), output: () => output}
    if (child.exitCode !== null) break
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`serve did not start:\n${output}`)
}

/** A GET with the path sent exactly as given (fetch would normalise `..`). */
function get(port: number, path: string, host = '127.0.0.1'): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const sent = request({host, port, path, method: 'GET'}, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}))
    })
    sent.on('error', reject)
    sent.end()
  })
}

describe('minutebook serve', () => {
  it('serves only its output folder, answers hostile paths with an error and keeps running', async () => {
    const root = archive('paths')
    const drafts = spawnSync(process.execPath, [cli, 'build', '--root', root, '--drafts', '--out', '_site-drafts', '--quiet'], {encoding: 'utf8'})
    expect([drafts.status, drafts.stderr]).toEqual([0, ''])
    const {child, port, output} = await serve(root)
    expect(output()).toContain(`Serving the archive at http://127.0.0.1:${port}/`)
    const hostile: Array<[string, number]> = [
      ['/%2E%2E%2F_site-drafts/meetings/2024-01-02-draft/index.html', 400],
      ['/%2E%2E%2Fminutebook.yml', 400],
      ['/%2e%2e/minutebook.yml', 400],
      ['/../minutebook.yml', 400],
      ['/meetings/../../minutebook.yml', 400],
      ['/..%2F_site-drafts/meetings/2024-01-02-draft/', 400],
      ['/%2E%2E%5Cminutebook.yml', 400],
      ['/%00', 400],
      ['/%E0%A4%A', 400],
      ['/_site-drafts/meetings/2024-01-02-draft/', 404]
    ]
    for (const [path, status] of hostile) {
      const response = await get(port, path)
      expect([path, response.status, response.body.includes(canary)]).toEqual([path, status, false])
    }
    expect((await get(port, '/meetings/2024-01-01-approved/')).status).toBe(200)
    expect((await get(port, '/')).status).toBe(200)
    expect(child.exitCode).toBeNull()
  }, 180_000)

  it('listens on 127.0.0.1 only, unless told otherwise, and then warns', async () => {
    const root = archive('host')
    const {port} = await serve(root)
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal)?.address
    // Without a network interface there is nothing else to reach; the banner above already names 127.0.0.1.
    if (outside !== undefined) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({host: outside, port})
        socket.on('connect', () => {
          socket.destroy()
          resolve('connected')
        })
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      })
      expect(refused).toBe('ECONNREFUSED')
    }
    const everywhere = await serve(root, '--host', '0.0.0.0', '--out', '_site-open')
    expect(everywhere.output()).toMatch(/minutebook: warning: listening on 0\.0\.0\.0, so other machines that can reach this one can read the archive; use --host 127\.0\.0\.1/)
    expect(everywhere.output()).toContain(`Serving the archive at http://0.0.0.0:${everywhere.port}/`)
  }, 180_000)

  it('starts, and serves, with a symbolic link loop under meetings/', async () => {
    const root = archive('loop')
    symlinkSync('..', join(root, 'meetings', '2024', 'again'))
    const {child, port} = await serve(root)
    expect((await get(port, '/meetings/2024-01-01-approved/')).status).toBe(200)
    expect(child.exitCode).toBeNull()
  }, 180_000)
})
