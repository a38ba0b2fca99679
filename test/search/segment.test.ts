import {describe, expect, it} from 'vitest'
import {segmentWords, unspacedWords} from '../../src/render/segment.js'
// The browser twin that site/assets/search.js uses on the query; both must split text the same way.
import {segmentQuery, segmentWords as segmentWordsInBrowser} from '../../site/assets/search-segment.js'
import {khmerSentence} from './fixtures.js'

const khmerWords = 'កិច្ចប្រជុំ នេះ បាន ពិភាក្សា អំពី ការ ជួញដូរ មនុស្ស នៅ ខេត្តស្វាយរៀង ។'

describe('segmentWords', () => {
  it('puts a space between the words of a Khmer sentence', () => {
    expect(segmentWords(khmerSentence)).toBe(khmerWords)
  })

  it('splits Thai runs', () => {
    expect(segmentWords('การค้ามนุษย์ในประเทศไทย')).toBe('การ ค้า มนุษย์ ใน ประเทศไทย')
  })

  it('leaves Latin text as it is', () => {
    expect(segmentWords('The Svay Rieng assessment, 2007.')).toBe('The Svay Rieng assessment, 2007.')
  })

  it('separates a Khmer run from Latin text it is glued to', () => {
    expect(segmentWords('IOM(ជួញដូរមនុស្ស)')).toBe('IOM( ជួញដូរ មនុស្ស )')
  })

  it('turns zero-width spaces into spaces', () => {
    expect(segmentWords('ជួញដូរ\u200Bមនុស្ស')).toBe('ជួញដូរ មនុស្ស')
  })

  it('keeps a query of one Khmer word whole', () => {
    expect(segmentWords('ជួញដូរ')).toBe('ជួញដូរ')
  })

  it('agrees with the browser twin in site/assets/search-segment.js', () => {
    const samples = [khmerSentence, 'การค้ามนุษย์ในประเทศไทย', 'IOM(ជួញដូរមនុស្ស)', 'ជួញដូរ\u200Bមនុស្ស', 'Svay Rieng']
    expect(samples.map((sample) => segmentWordsInBrowser(sample))).toEqual(samples.map((sample) => segmentWords(sample)))
  })
})

describe('unspacedWords', () => {
  it('collects the distinct Khmer and Thai words of segmented texts, in code-point order', () => {
    expect(unspacedWords([segmentWords(khmerSentence), 'Svay Rieng នៅ ការ 2007', segmentWords('การค้า')])).toEqual([
      'การ', 'ค้า', 'ការ', 'កិច្ចប្រជុំ', 'ខេត្តស្វាយរៀង', 'ជួញដូរ', 'នេះ', 'នៅ', 'បាន', 'ពិភាក្សា', 'មនុស្ស', 'អំពី', '។'
    ])
  })
})

describe('segmentQuery (the browser lines its query up with the index words)', () => {
  const vocabulary = new Set(unspacedWords([segmentWords(khmerSentence)]))
  // Chromium's ICU, as measured on this machine, splits the sentence differently from Node's:
  // "កិច្ច|ប្រជុំ", "ការជួញដូរ" as one word, "ខេត្ត|ស្វាយ|រៀង".
  const chromiumSplits: Record<string, string> = {
    'ការជួញដូរ': 'ការជួញដូរ',
    'ខេត្តស្វាយរៀង': 'ខេត្ត ស្វាយ រៀង',
    'កិច្ចប្រជុំ': 'កិច្ច ប្រជុំ',
    'សហការ': 'សហការ'
  }
  const chromiumLike = (text: string): string => chromiumSplits[text] ?? text

  it('splits a run the browser keeps whole into the index words', () => {
    expect(segmentQuery('ការជួញដូរ', vocabulary, chromiumLike)).toBe('ការ ជួញដូរ')
  })

  it('keeps whole an index word the browser would split', () => {
    expect(segmentQuery('ខេត្តស្វាយរៀង', vocabulary, chromiumLike)).toBe('ខេត្តស្វាយរៀង')
    expect(segmentQuery('កិច្ចប្រជុំ', vocabulary, chromiumLike)).toBe('កិច្ចប្រជុំ')
  })

  it('falls back to the browser words for text the index does not have, and leaves Latin text alone', () => {
    expect(segmentQuery('Svay Rieng សហការ', vocabulary, chromiumLike)).toBe('Svay Rieng សហការ')
  })

  it('never ends a word before a combining mark or after a coeng', () => {
    // "ក" is in the vocabulary, but "ក្រ" starts with it only up to the coeng: no break there.
    expect(segmentQuery('ក្រ', new Set(['ក']), (text) => text)).toBe('ក្រ')
  })

  it('without a vocabulary, is the plain Intl.Segmenter split', () => {
    expect(segmentQuery(khmerSentence, new Set())).toBe(segmentWords(khmerSentence))
  })
})
