import { describe, expect, it } from 'vitest'
import type { Objective } from '@shared/api/methods/okrs'
import { keyResultsInput, objectiveDraftOf } from '@renderer/features/vision/okrs/objectiveDraft'

describe('objective form', () => {
  it('turns typed numbers into numbers and keeps existing key result ids', () => {
    const objective: Objective = {
      id: 4,
      productId: 1,
      title: 'Make booking effortless',
      goalId: 2,
      keyResults: [
        { id: 9, title: 'Online bookings', baseline: 35, target: 70, current: 52, unit: '%', progress: 0.49 }
      ],
      progress: 0.49,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z'
    }
    const draft = objectiveDraftOf(objective)
    expect(draft.goalId).toBe(2)
    expect(keyResultsInput(draft.keyResults)).toEqual([
      { id: 9, title: 'Online bookings', baseline: 35, target: 70, current: 52, unit: '%' }
    ])
  })

  it('starts a new objective with one empty key result linked to the given goal', () => {
    const draft = objectiveDraftOf(undefined, 7)
    expect(draft.goalId).toBe(7)
    expect(draft.keyResults).toHaveLength(1)
    expect(keyResultsInput([{ ...draft.keyResults[0]!, target: ' 12.5 ' }])[0]).toEqual({
      title: '',
      baseline: 0,
      target: 12.5,
      current: 0,
      unit: ''
    })
  })

  it('passes text that is not a number on as NaN, for the server to name the field', () => {
    const [kr] = keyResultsInput([{ title: 'x', baseline: 'a lot', target: '', current: '3', unit: '' }])
    expect(Number.isNaN(kr!.baseline)).toBe(true)
    expect(Number.isNaN(kr!.target)).toBe(true)
  })
})
