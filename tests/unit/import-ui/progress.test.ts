import { describe, expect, it } from 'vitest'
import { newProgressToken, progressView } from '../../../src/renderer/src/features/import/progress'

describe('progressView', () => {
  it('says the stage and how far, with the rows while mapping and the items while writing', () => {
    expect(progressView({ stage: 'reading', done: 0, total: 0 })).toEqual({ text: 'Reading the file…', share: null })
    expect(progressView({ stage: 'reading', done: 12_500_000, total: 50_000_000 })).toEqual({
      text: 'Reading the file… 25%',
      share: 0.25
    })
    expect(progressView({ stage: 'mapping', done: 13_000, total: 39_000 })).toEqual({
      text: 'Mapping the rows… 33% (13,000 of 39,000 rows)',
      share: 1 / 3
    })
    expect(progressView({ stage: 'writing', done: 0, total: 0 })).toEqual({ text: 'Writing the items…', share: null })
    expect(progressView({ stage: 'writing', done: 800, total: 1000 })).toEqual({
      text: 'Writing the items… 80% (800 of 1,000 items)',
      share: 0.8
    })
  })
})

describe('newProgressToken', () => {
  it('is a new token each time, within the length the API takes', () => {
    const tokens = new Set(Array.from({ length: 100 }, newProgressToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(token.length).toBeLessThanOrEqual(100)
  })
})
