import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCostLimits, scanParseCost} from '../../src/parse/parse-cost.js'
import {head, realisticBody} from '../adversarial/inputs.js'

describe('the cost bound leaves real minutes alone', () => {
  it('the example meetings cost a few hundred units, and a realistic meeting at the size cap four fifths of the bound', () => {
    const root = join(import.meta.dirname, '..', '..', 'meetings')
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((path) => path.endsWith('.md'))
    expect(files.length).toBeGreaterThan(0)
    for (const path of files) {
      const scan = scanParseCost(readFileSync(join(root, path), 'utf8'))
      expect([path, scan.problem, scan.cost < 1_000]).toEqual([path, undefined, true])
    }
    const realistic = scanParseCost(head + realisticBody(1_500))
    expect(realistic.problem).toBeUndefined()
    expect(realistic.cost / parseCostLimits.cost).toBeLessThan(0.85)
  })
})


describe('scanParseCost', () => {
  it('counts a paragraph generously: lines that may continue it lazily stay in it', () => {
    const limits = {cost: 1e9, paragraphs: 1e12, definitions: 1e9}
    // Two paragraphs of two lines each, or one of four: a quote marker line and an unindented line join the paragraph.
    expect(scanParseCost('a\nb\n\nc\nd\n', limits).paragraphs).toBe(8)
    expect(scanParseCost('> a\nb\n> c\nd\n', limits).paragraphs).toBe(Math.pow(4 + 1.5 * 2, 2))
    // A list item with text starts a paragraph; an empty one may be a lazy line.
    expect(scanParseCost('- a\n- b\n', limits).paragraphs).toBe(2)
    expect(scanParseCost('a\n-\nb\n', limits).paragraphs).toBe(9)
  })
})
