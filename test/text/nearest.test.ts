import {describe, expect, it} from 'vitest'
import {nearest} from '../../src/text/nearest.js'

describe('nearest, the one "did you mean" rule', () => {
  it('suggests a candidate a small edit away, whatever the case', () => {
    expect(nearest('titel', ['date', 'title', 'series'])).toBe('title')
    expect(nearest('Stakeholder Meting', ['Board', 'stakeholder meeting'])).toBe('stakeholder meeting')
  })

  it('counts a prefix either way as one edit', () => {
    expect(nearest('chairperson', ['attendees', 'chair'])).toBe('chair')
    expect(nearest('Alice', ['Bob Jones', 'Alice Smith'])).toBe('Alice Smith')
  })

  it('suggests nothing further than max(2, a third of the length) edits', () => {
    expect(nearest('abcdefghi', ['abcdewxyz'])).toBe(undefined)
    expect(nearest('abcdefghi', ['abcdefgyz'])).toBe('abcdefgyz')
    expect(nearest('ab', ['xy'])).toBe('xy')
    expect(nearest('abc', ['xyz'])).toBe(undefined)
  })

  it('breaks ties in code-point order, not in the order candidates come', () => {
    expect(nearest('bob', ['rob', 'bab'])).toBe('bab')
    expect(nearest('bob', ['bab', 'rob'])).toBe('bab')
  })
})
