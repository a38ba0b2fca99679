/**
 * remarkGfmMinutes must read every document exactly as remark-gfm does: it only leaves the autolink literal
 * extension out where a document cannot hold one. Checked on fragments built to trip the gate.
 */
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import remarkGfmMinutes, {mayHoldAutolinkLiteral} from '../../src/parse/gfm.js'

const reference = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
const ours = unified().use(remarkParse).use(remarkGfmMinutes).use(remarkFrontmatter, ['yaml']).freeze()

/** Pieces of minutes and of every construct GFM adds, with and without what autolink literals need. */
const fragments = [
  'Ms Kristy Fleming', 'presented', ' ', '\n', '\n\n', '- ', '* ', '1. ', '- [ ] ', '- [x] ', '> ', '## ', '    ',
  '| a | b |\n| - | - |\n| 1 | 2 |\n', '~~gone~~', '~one~', '[^1]', '[^1]: note\n', '**bold**', '_em_', '`code`',
  'www.example.org', 'WWW.Example.org/path?x=1', 'https://example.org/a_(b)', 'http://', 'HTTP://X.ORG', 'mailto:a@b.org',
  'xmpp:a@b.org/r', 'name@example.org', 'a.b-c_d@e.fg', '@', 'w', 'ww', 'www', 'h', 'ttp', '.', ':', '/', '_', '-', '(', ')',
  '&#64;', '&#x40;', '&commat;', '&period;', '&colon;', '&amp;', '&', '#', ';', '<https://example.org>', '[x](www.a.org)',
  '---\ntitle: x\n---\n', 'វ', 'សហការ',
  // Addresses spelled with character references: remark-gfm links them too, after decoding.
  'clerk', 'example.org', 'clerk&#64;example.org', 'www&period;example.org', 'h&#116;tp://example.org', '&#119;ww.example.org'
]

const documents = fc.array(fc.constantFrom(...fragments), {maxLength: 40}).map((parts) => parts.join(''))

describe('remarkGfmMinutes', () => {
  it('gives the same tree as remark-gfm for any document', () => {
    fc.assert(
      fc.property(documents, (document) => {
        expect(ours.parse(document)).toEqual(reference.parse(document))
      }),
      {numRuns: 600}
    )
  })

  it('gives the same tree for the example archive and the seed minutes', async () => {
    const {readdir, readFile} = await import('node:fs/promises')
    const paths = (await readdir('meetings', {recursive: true})).filter((path) => path.endsWith('.md'))
    expect(paths.length).toBeGreaterThan(5)
    for (const path of paths) {
      const text = await readFile(`meetings/${path}`, 'utf8')
      expect(ours.parse(text), path).toEqual(reference.parse(text))
    }
    const seed = await readFile('../shared/seed/stakeholder-meeting-2007.txt', 'utf8').catch(() => undefined)
    if (seed !== undefined) expect(ours.parse(seed)).toEqual(reference.parse(seed))
  })

  it('still links literal addresses where there are some', () => {
    const tree = ours.parse('See www.example.org or write to clerk@example.org.')
    expect(JSON.stringify(tree)).toContain('"url":"http://www.example.org"')
    expect(JSON.stringify(tree)).toContain('"url":"mailto:clerk@example.org"')
  })
})

describe('mayHoldAutolinkLiteral', () => {
  it('is false only where no autolink literal can be', () => {
    expect(['Ms Fleming presented the survey.', 'Group 1: more shelters', 'Svay Rieng & Prey Veng', 'ស្វាយរៀង'].map(mayHoldAutolinkLiteral))
      .toEqual([false, false, false, false])
    expect(['a@b.org', 'WWW.x.org', 'Https://x', 'a&#64;b.org', 'a&commat;b.org', 'x &amp; y'].map(mayHoldAutolinkLiteral))
      .toEqual([true, true, true, true, true, true])
  })
})
