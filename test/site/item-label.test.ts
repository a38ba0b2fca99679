import {describe, expect, it} from 'vitest'
import {itemLabel} from '../../src/site/format.js'

describe('itemLabel', () => {
  it.each([
    [{number: '4', title: 'Draft law'}, '4. Draft law'],
    [{title: 'Welcome'}, 'Welcome'],
    // A title that already starts with its number: written once, not "1. 1. Welcome".
    [{number: '1', title: '1. Welcome'}, '1. Welcome'],
    [{number: '2', title: '2) Apologies'}, '2) Apologies'],
    [{number: '4.1', title: '4.10 Budget lines'}, '4.1. 4.10 Budget lines'],
    [{number: '3', title: '30 years of the group'}, '3. 30 years of the group']
  ])('%j -> %j', (item, label) => {
    expect(itemLabel(item)).toBe(label)
  })
})
