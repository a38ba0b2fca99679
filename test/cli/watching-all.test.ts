import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import chokidar from 'chokidar'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {watchingAll} from '../../src/cli/watching-all.js'

let root: string
/** Meeting files in year folders, as a large archive has them. */
const years = 20
const perYear = 150

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutebook-watching-'))
  for (let year = 0; year < years; year++) {
    const folder = join(root, 'meetings', String(2000 + year))
    await mkdir(folder, {recursive: true})
    await Promise.all(Array.from({length: perYear}, (_, index) => writeFile(join(folder, `${2000 + year}-meeting-${index}.md`), '---\n---\n')))
  }
})

afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('watchingAll', () => {
  it('resolves only once chokidar watches every meeting file, whenever it says ready', async () => {
    const watcher = chokidar.watch(join(root, 'meetings'), {ignoreInitial: true, followSymlinks: false})
    try {
      await new Promise<void>((ready) => watcher.once('ready', () => ready()))
      expect(await watchingAll(watcher, root)).toBe(0)
      const watched = Object.values(watcher.getWatched()).flat().filter((name) => name.endsWith('.md'))
      expect(watched).toHaveLength(years * perYear)
    } finally {
      await watcher.close()
    }
  })

  it('keeps asking until its limit while a file is not watched, then says how many are not', async () => {
    const partial = {getWatched: () => ({[join(root, 'meetings', '2000')]: ['2000-meeting-0.md']})}
    const started = Date.now()
    expect(await watchingAll(partial, root, 300)).toBe(years * perYear - 1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
  })
})
