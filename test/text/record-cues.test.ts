import {describe, expect, it} from 'vitest'
import {languages} from '../../src/text/languages/index.js'
import {createRecordCues} from '../../src/text/record-cues.js'

describe('status set apart from an action', () => {
  const cues = createRecordCues(languages)
  it.each([
    ['Mark Denby to order the bench. IN PROGRESS', 'in-progress', 'Mark Denby to order the bench.'],
    ['Close the milestone - done', 'done', 'Close the milestone'],
    ['Close the milestone. - done.', 'done', 'Close the milestone.'],
    ['(Done) Update the website', 'done', 'Update the website'],
    ['DONE: update the website', 'done', 'update the website']
  ])('%j -> %s, %j', (text, status, rest) => {
    expect(cues.status(text)).toEqual({status, text: rest})
  })

  it('leaves a status word used in a sentence as prose', () => {
    expect(cues.status('Review the work done so far')).toEqual({text: 'Review the work done so far'})
  })
})
