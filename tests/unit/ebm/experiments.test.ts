import { describe, expect, it } from 'vitest'
import { evaluateExperiment, hypothesisSentence, type ExperimentCheck } from '@shared/domain/ebm'

const check = (fields: Partial<ExperimentCheck>): ExperimentCheck => ({
  direction: 'higher',
  unit: '%',
  expectedValue: 50,
  byDate: '2025-03-31',
  values: [],
  today: '2025-04-15',
  ...fields
})

describe('experiment evaluation', () => {
  it('is met when the latest value on or before the date reaches the expected one', () => {
    const e = evaluateExperiment(
      check({
        values: [
          { date: '2025-03-31', value: 52 },
          { date: '2025-03-01', value: 40 }
        ]
      })
    )
    expect(e).toMatchObject({ result: 'met', actual: { date: '2025-03-31', value: 52 }, margin: 2 })
    expect(e.explanation).toBe('Met: 52% on 2025-03-31 against 50% or more expected by 2025-03-31.')
  })

  it('ignores values after the date', () => {
    const e = evaluateExperiment(
      check({
        values: [
          { date: '2025-03-20', value: 45 },
          { date: '2025-04-02', value: 60 }
        ]
      })
    )
    expect(e).toMatchObject({ result: 'not-met', actual: { date: '2025-03-20', value: 45 }, margin: -5 })
    expect(e.explanation).toBe('Not met: 45% on 2025-03-20 against 50% or more expected by 2025-03-31, short by 5%.')
  })

  it('respects the direction: for lower-is-better measures the value must fall to the expected one', () => {
    const base = { direction: 'lower' as const, unit: 'days', expectedValue: 5 }
    expect(evaluateExperiment(check({ ...base, values: [{ date: '2025-03-30', value: 5 }] }))).toMatchObject({
      result: 'met',
      margin: 0
    })
    expect(evaluateExperiment(check({ ...base, values: [{ date: '2025-03-30', value: 7 }] }))).toMatchObject({
      result: 'not-met',
      margin: -2
    })
  })

  it('is too early before the date passes (the date itself included) unless already met', () => {
    const values = [{ date: '2025-03-10', value: 30 }]
    expect(evaluateExperiment(check({ values, today: '2025-03-31' }))).toMatchObject({
      result: 'too-early',
      explanation: 'Not there yet: 30% on 2025-03-10, 50% or more expected by 2025-03-31 (today).'
    })
    expect(evaluateExperiment(check({ values: [], today: '2025-03-20' }))).toMatchObject({
      result: 'too-early',
      actual: null,
      explanation: 'No value yet; 50% or more is expected by 2025-03-31 (11 days left).'
    })
    expect(evaluateExperiment(check({ values: [{ date: '2025-03-10', value: 55 }], today: '2025-03-20' })).result).toBe(
      'met'
    )
  })

  it('has no data when nothing was measured by the date', () => {
    const e = evaluateExperiment(check({ values: [{ date: '2025-04-01', value: 80 }] }))
    expect(e).toMatchObject({ result: 'no-data', actual: null, margin: null })
  })

  it('writes the hypothesis as one sentence', () => {
    expect(
      hypothesisSentence({
        change: 'a shorter sign-up form.',
        outcome: 'more trial accounts ',
        measureName: 'Sign-up rate',
        expectedValue: 12.5,
        unit: '%',
        byDate: '2025-06-30'
      })
    ).toBe(
      'We believe a shorter sign-up form will result in more trial accounts; we will know when Sign-up rate reaches 12.5% by 2025-06-30.'
    )
  })
})
