import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {CacheFolder} from '../../src/build/cache.js'

let folders: string[] = []

async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'minutebook-cache-folder-'))
  folders.push(made)
  return made
}

afterEach(async () => {
  await Promise.all(folders.map((made) => rm(made, {recursive: true, force: true})))
  folders = []
})

const [kept, dropped] = ['ab'.repeat(32), 'cd'.repeat(32)]
// No process has the first pid (above Linux's highest); this test's parent process has the second.
const [deadPid, livePid] = [4194999, process.ppid]

describe('CacheFolder', () => {
  it('writes an entry whole, in the folder of its key’s first two digits, leaving nothing aside', async () => {
    const cache = new CacheFolder(await folder())
    const path = cache.path(kept, 'json')
    expect(path).toBe(join(cache.folder, 'ab', `${kept}.json`))
    expect(await cache.write(path, '{"a":1}')).toBe(true)
    expect(await readFile(path, 'utf8')).toBe('{"a":1}')
    expect(await readdir(join(cache.folder, 'ab'))).toEqual([`${kept}.json`])
  })

  it('says so when it cannot write, and leaves nothing behind', async () => {
    const root = await folder()
    await writeFile(join(root, 'file'), '')
    // A folder cannot be made under a file.
    const cache = new CacheFolder(join(root, 'file'))
    expect(await cache.write(cache.path(kept, 'json'), '{}')).toBe(false)
    expect(await readdir(root)).toEqual(['file'])
  })

  it.each(['sharded', 'flat'] as const)('prunes %s entries not kept and dead builds’ leftovers, not a running build’s nor other files', async (layout) => {
    const cache = new CacheFolder(await folder(), layout)
    const files = [
      cache.path(kept, 'json'),
      cache.path(dropped, 'json'),
      cache.path(dropped, '123.noindex.html'),
      `${cache.path(kept, 'json')}.${deadPid}.tmp`,
      `${cache.path(kept, 'md')}.${livePid}.tmp`,
      join(cache.folder, 'README')
    ]
    for (const file of files) {
      await mkdir(join(file, '..'), {recursive: true})
      await writeFile(file, '')
    }
    // A flat cache's entries are folders (a search bundle and its manifest).
    const bundle = layout === 'flat' ? cache.path(dropped) : undefined
    if (bundle) await mkdir(bundle, {recursive: true}).then(() => writeFile(join(bundle, 'manifest.json'), '{}'))
    await cache.prune((key) => key === kept)
    const left = (await cache.entries()).map((entry) => entry.file).sort()
    expect(left).toEqual([files[0]!, files[4]!, ...(layout === 'flat' ? [files[5]!] : [])].sort())
    expect(await readFile(files[5]!, 'utf8')).toBe('')
  })
})
