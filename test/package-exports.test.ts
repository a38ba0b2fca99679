import {describe, expect, it} from 'vitest'

// Integrators import the package by name: the parser API from `minutebook`, the Eleventy plugin from
// `minutebook/eleventy` (both resolve to dist/, compiled in the global setup).
describe('package exports', () => {
  it('resolves the parser API and the Eleventy plugin by package name', async () => {
    const main = (await import('minutebook')) as Record<string, unknown>
    const eleventy = (await import('minutebook/eleventy')) as {default: unknown}
    expect(Object.keys(main).sort()).toEqual(['buildArchive', 'createMinutesProcessor', 'loadConfig', 'parseMeeting', 'remarkMinutes'])
    expect(typeof eleventy.default).toBe('function')
    expect((eleventy.default as {name: string}).name).toBe('minutebookPlugin')
  })
})

describe('create-minutebook', () => {
  it('has minutebook\'s version and depends on that version, so `npm init minutebook` gets the init of this release', async () => {
    const {readFile} = await import('node:fs/promises')
    const read = async (path: string) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as {version: string; dependencies?: Record<string, string>}
    const own = await read('../package.json')
    const creator = await read('../packages/create-minutebook/package.json')
    expect(creator.version).toBe(own.version)
    expect(creator.dependencies).toEqual({minutebook: `^${own.version}`})
  })
})
