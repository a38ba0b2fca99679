import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {buildHeapGrowthPercent, limitHeapGrowth, releaseHeapGrowth} from '../../src/cli/heap-growth.js'

// The flag is process-wide: this process only records what would be set.
vi.mock('node:v8', async (original) => ({...(await original<typeof import('node:v8')>()), setFlagsFromString: vi.fn()}))

const compiled = fileURLToPath(new URL('../../dist/cli/heap-growth.js', import.meta.url))

describe('limitHeapGrowth', () => {
  afterEach(() => vi.mocked(setFlagsFromString).mockClear())

  it('sets V8 heap growth to the build percentage', () => {
    limitHeapGrowth(['--enable-source-maps'])
    expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith(`--heap-growing-percent=${buildHeapGrowthPercent}`)
  })

  it('gives the growth back to V8 (0: its own factor)', () => {
    releaseHeapGrowth(['--enable-source-maps'])
    expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith('--heap-growing-percent=0')
  })

  it('leaves a growth chosen on Node command line alone, in either spelling', () => {
    limitHeapGrowth(['--heap-growing-percent=300'])
    limitHeapGrowth(['--heap_growing_percent=300'])
    releaseHeapGrowth(['--heap-growing-percent=300'])
    expect(setFlagsFromString).not.toHaveBeenCalled()
  })

  it('uses a flag this Node knows (V8 prints "unrecognized flag" for one it does not)', () => {
    const script = `const {limitHeapGrowth, releaseHeapGrowth} = await import(${JSON.stringify(compiled)}); limitHeapGrowth(); releaseHeapGrowth(); process.stdout.write('set')`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(result.stdout).toBe('set')
    expect(result.stderr).toBe('')
  })
})
