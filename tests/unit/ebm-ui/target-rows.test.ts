import { describe, expect, it } from 'vitest'
import type { Goal, MeasureSummary } from '@shared/api/methods/ebm'
import { targetRowsOf, targetsOf, withEmptyRow, withMeasure } from '@renderer/features/ebm/goals/targetRows'

const measures = [
  { id: 7, latest: { value: 42 } },
  { id: 8, latest: null }
] as unknown as MeasureSummary[]

describe('the goal form’s target rows', () => {
  it('start from the goal’s targets, or empty for a new goal', () => {
    const goal = { targets: [{ measureId: 7, baseline: 40, target: 60 }] } as unknown as Goal
    expect(targetRowsOf(goal)).toEqual([{ key: 0, measureId: '7', baseline: '40', target: '60' }])
    expect(targetRowsOf(null)).toEqual([])
  })

  it('add a row with a key no other row has, even after one was removed', () => {
    const rows = withEmptyRow(withEmptyRow(withEmptyRow([]))).filter((r) => r.key !== 1)
    expect(withEmptyRow(rows).map((r) => r.key)).toEqual([0, 2, 3])
  })

  it('start an empty baseline at the chosen measure’s latest value, and keep a typed one', () => {
    const empty = { key: 0, measureId: '', baseline: '', target: '' }
    expect(withMeasure(empty, '7', measures).baseline).toBe('42')
    expect(withMeasure(empty, '8', measures).baseline).toBe('')
    expect(withMeasure({ ...empty, baseline: '10' }, '7', measures)).toEqual({
      ...empty,
      measureId: '7',
      baseline: '10'
    })
  })

  it('send typed numbers as numbers, and text that is not one as NaN for the server to refuse by its field', () => {
    expect(targetsOf([{ key: 0, measureId: '7', baseline: '1.5', target: ' ' }])).toEqual([
      { measureId: 7, baseline: 1.5, target: Number.NaN }
    ])
  })
})
