import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseFile} from '../../src/build/parse-pool.js'
import {StringPool} from '../../src/build/string-pool.js'
import {defaultConfig} from '../../src/model/config.js'

const repo = join(import.meta.dirname, '..', '..')
const seed = 'meetings/2007/2007-02-28-stakeholder-meeting.md'

describe('StringPool', () => {
  it('leaves a parsed meeting as it was, whatever it shares', () => {
    const bytes = new Uint8Array(readFileSync(join(repo, seed)))
    const meeting = parseFile({path: seed, bytes}, defaultConfig).meeting!
    const before = structuredClone(meeting)
    const pool = new StringPool()
    expect(pool.share(meeting)).toBe(meeting)
    expect(meeting).toEqual(before)
    // A second meeting with the same names shares the first one's copies and stays as it was too.
    const again = parseFile({path: seed, bytes}, defaultConfig).meeting!
    pool.share(again)
    expect(again).toEqual(before)
  })

  it('walks arrays and nested objects and leaves numbers, booleans, null and long strings alone', () => {
    const long = 'x'.repeat(500)
    const value = {a: ['Chair', {role: 'Chair', n: 3, ok: true, none: null}], text: long, nested: [[['Chair']]]}
    expect(new StringPool().share(value)).toEqual({a: ['Chair', {role: 'Chair', n: 3, ok: true, none: null}], text: long, nested: [[['Chair']]]})
    expect(new StringPool().share(null)).toBeNull()
    expect(new StringPool().share('Chair')).toBe('Chair')
  })
})
