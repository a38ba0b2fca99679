import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ifMissing, isCacheMiss} from '../../src/build/if-missing.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'minutebook-missing-'))
  await writeFile(join(work, 'file'), 'x')
})
afterAll(() => rm(work, {recursive: true, force: true}))

describe('reading what may not be there', () => {
  it('gives the fallback for a folder that is not there', async () => {
    expect(await ifMissing(readdir(join(work, 'none')), [])).toEqual([])
  })

  it('passes on any other failure (a file read as a folder)', async () => {
    await expect(ifMissing(readdir(join(work, 'file')), [])).rejects.toMatchObject({code: 'ENOTDIR'})
  })

  it('counts a missing or foreign cache entry as a miss, a failing disk not', () => {
    expect(isCacheMiss(Object.assign(new Error('gone'), {code: 'ENOENT'}))).toBe(true)
    expect(isCacheMiss(new SyntaxError('Unexpected token'))).toBe(true)
    expect(isCacheMiss(Object.assign(new Error('denied'), {code: 'EACCES'}))).toBe(false)
    expect(isCacheMiss(Object.assign(new Error('no space'), {code: 'ENOSPC'}))).toBe(false)
  })
})
