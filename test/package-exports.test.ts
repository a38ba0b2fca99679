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
