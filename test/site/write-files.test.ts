import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {countFiles, listFiles, writeSiteFiles} from '../../src/build/write-files.js'

let out: string

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'minutebook-write-'))
})

afterEach(async () => {
  await rm(out, {recursive: true, force: true})
})

describe('writeSiteFiles', () => {
  it('writes every file of a generator into its folder', async () => {
    function* files(): Generator<[string, string]> {
      for (let index = 0; index < 300; index++) yield [`/meetings/m-${index % 7}/page-${index}.html`, `page ${index}`]
    }
    await writeSiteFiles(out, files())
    const written = await listFiles(out)
    expect(written).toHaveLength(300)
    // Files only: the seven folders are not counted.
    expect(countFiles(out)).toBe(300)
    expect(await readFile(join(out, 'meetings', 'm-3', 'page-10.html'), 'utf8')).toBe('page 10')
  })

  it('takes files from the generator as writes finish, not all at once', async () => {
    let taken = 0
    let takenBeforeLast = 0
    function* files(): Generator<[string, string]> {
      for (let index = 0; index < 1000; index++) {
        taken++
        yield [`/f/${index}.txt`, String(index)]
      }
      takenBeforeLast = taken
    }
    const writing = writeSiteFiles(out, files())
    // Nothing has been written yet: only the first files of the writers in flight were taken.
    expect(taken).toBeLessThanOrEqual(64)
    await writing
    expect(takenBeforeLast).toBe(1000)
    expect(await listFiles(out)).toHaveLength(1000)
  })

  it('refuses a path that would leave the output, and stops taking files', async () => {
    let taken = 0
    function* files(): Generator<[string, string]> {
      yield ['/ok.txt', 'ok']
      yield ['/../outside.txt', 'no']
      for (let index = 0; index < 500; index++) {
        taken++
        yield [`/late-${index}.txt`, 'late']
      }
    }
    await expect(writeSiteFiles(out, files())).rejects.toThrow(/Unexpected site path `\/\.\.\/outside\.txt`/)
    expect(taken).toBeLessThan(500)
  })
})
