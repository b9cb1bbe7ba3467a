import { describe, expect, it } from 'vitest'
import { jobStorySentence } from '@renderer/features/customers/jobs/jobStory'

describe('job story sentence', () => {
  it('reads "When …, I want to …, so I can …."', () => {
    expect(
      jobStorySentence({
        situation: 'the pool is crowded',
        motivation: 'see free lanes',
        outcome: 'swim without waiting.'
      })
    ).toBe('When the pool is crowded, I want to see free lanes, so I can swim without waiting.')
  })

  it('leaves out a missing outcome and tidies spaces and trailing commas', () => {
    expect(jobStorySentence({ situation: ' it  rains, ', motivation: 'book indoors', outcome: '  ' })).toBe(
      'When it rains, I want to book indoors.'
    )
  })
})
