import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {checkRequestPath} from '../../src/cli/request-path.js'

const work = mkdtempSync(join(tmpdir(), 'minutebook-request-path-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))
const canary = 'CANARY-LINKED-SECRET'

describe('checkRequestPath', () => {
  it.each([
    ['/%2E%2E%2F_site-drafts/index.html', 400],
    ['/../minutebook.yml', 400],
    ['/a/./b', 400],
    ['/a%5Cb', 400],
    ['/a%00', 400],
    ['/%E0%A4%A', 400],
    ['relative', 400]
  ])('refuses %s with %i', (path, status) => {
    expect(checkRequestPath(path, join(work, 'plain'))).toEqual({status})
  })

  it('gives the file a path names inside the output, the root included', () => {
    const out = join(work, 'plain')
    expect(checkRequestPath('/', out)).toEqual({file: out})
    expect(checkRequestPath('/meetings/x/', out)).toEqual({file: join(out, 'meetings', 'x')})
    expect(checkRequestPath('/caf%C3%A9', out)).toEqual({file: join(out, 'café')})
  })

  it('refuses a symbolic link in the output that leads out of it', () => {
    const out = join(work, 'linked', '_site')
    mkdirSync(out, {recursive: true})
    writeFileSync(join(work, 'linked', 'secret.txt'), canary)
    symlinkSync('../secret.txt', join(out, 'leak.txt'))
    symlinkSync('..', join(out, 'up'))
    expect(checkRequestPath('/leak.txt', out)).toEqual({status: 404})
    expect(checkRequestPath('/up/secret.txt', out)).toEqual({status: 404})
    expect(checkRequestPath('/index.html?x=/../', out)).toEqual({file: join(out, 'index.html')})
  })
})
