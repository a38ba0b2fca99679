import {describe, expect, it} from 'vitest'
import GithubSlugger from 'github-slugger'
import {anchorFor} from '../../src/extract/outline/numbering.js'
import {fileNameProblem, slugify, titleSlug} from '../../src/text/slug.js'
import {meetingPath} from '../../src/import/writer.js'

describe('titleSlug, the one slug rule of `new` and `import`', () => {
  it.each([
    ['Stakeholder Meeting', 'stakeholder-meeting'],
    ['ក្រុមប្រឹក្សា', 'ក្រុមប្រឹក្សា'],
    ['Réunion du Conseil — 2007', 'réunion-du-conseil-2007'],
    ['Wahl des Vorstands: Über alles', 'wahl-des-vorstands-über-alles'],
    ['a__b _c_', 'a-b-c'],
    ['???', 'meeting'],
    ['', 'meeting']
  ])('%j -> %j', (title, slug) => {
    expect(titleSlug(title)).toBe(slug)
  })

  it('cuts a long title at a word, and a single long word at 60 characters', () => {
    expect(titleSlug('word '.repeat(30))).toBe(Array(12).fill('word').join('-'))
    expect(titleSlug('x'.repeat(80))).toBe('x'.repeat(60))
  })

  it('always gives a name that build and check accept', () => {
    for (const title of ['ក្រុមប្រឹក្សា ភូមិ', 'a--b', '_x_', 'Ünïcödé', '会議 2007', 'x'.repeat(300)]) {
      expect(fileNameProblem(`meetings/2007/2007-01-01-${titleSlug(title)}.md`), title).toBeUndefined()
    }
  })

  it('is the rule import writes with: a Khmer title keeps its letters', () => {
    expect(meetingPath('/archive/meetings', '2008-01-30', 'ក្រុមប្រឹក្សា')).toBe('/archive/meetings/2008/2008-01-30-ក្រុមប្រឹក្សា.md')
  })
})

describe('one slug rule under file names, page slugs and agenda anchors', () => {
  it('gives a title the same words whichever slug it becomes', () => {
    const title = 'Réunion du Conseil — 2007'
    expect(slugify(title, 'x')).toBe('réunion-du-conseil-2007')
    expect(titleSlug(title)).toBe(slugify(title, 'x'))
    expect(anchorFor(new GithubSlugger(), title, 0)).toBe(slugify(title, 'x'))
  })

  it('keeps agenda anchors unique when titles differ only in dashes or spaces at the ends', () => {
    // The anchor used to be made unique before stray hyphens were trimmed, so `- Budget` and `Budget` shared one.
    const slugger = new GithubSlugger()
    const anchors = ['Budget', '- Budget', 'Budget -', 'Budget'].map((title, index) => anchorFor(slugger, title, index))
    expect(anchors).toEqual(['budget', 'budget-1', 'budget-2', 'budget-3'])
  })

  it('names a title of no letters, or only digits, by its place', () => {
    const slugger = new GithubSlugger()
    expect(['???', '2025', '2025'].map((title, index) => anchorFor(slugger, title, index))).toEqual(['item-1', 'item-2', 'item-3'])
  })
})
