import { describe, expect, it } from 'vitest'
import { duplicateOnBoard, keyResultProgress, objectiveProgress, roadmapRowWarnings } from '@shared/domain/vision'

describe('OKR progress', () => {
  it('measures key results from baseline to target, both upwards and downwards, kept within 0..1', () => {
    expect(keyResultProgress({ baseline: 20, target: 60, current: 40 })).toBe(0.5)
    expect(keyResultProgress({ baseline: 12, target: 4, current: 6 })).toBe(0.75)
    expect(keyResultProgress({ baseline: 20, target: 60, current: 10 })).toBe(0)
    expect(keyResultProgress({ baseline: 20, target: 60, current: 90 })).toBe(1)
    expect(keyResultProgress({ baseline: 5, target: 5, current: 5 })).toBe(1)
  })

  it('averages the key results for the objective', () => {
    expect(objectiveProgress([])).toBeNull()
    expect(
      objectiveProgress([
        { baseline: 0, target: 10, current: 10 },
        { baseline: 0, target: 10, current: 0 },
        { baseline: 100, target: 50, current: 75 }
      ])
    ).toBeCloseTo(0.5)
  })
})

describe('roadmaps', () => {
  it('flags goal-oriented rows without a goal, with too few or too many features, or without metrics', () => {
    const full = {
      timeframe: 'Q3',
      goal: 'Fuller off-peak sessions',
      features: ['a', 'b', 'c'],
      metrics: 'Off-peak occupancy'
    }
    expect(roadmapRowWarnings(full)).toEqual([])
    expect(roadmapRowWarnings({ ...full, features: ['a'] })).toEqual(['List 3 to 5 features that reach the goal.'])
    expect(roadmapRowWarnings({ ...full, features: ['1', '2', '3', '4', '5', '6'] })[0]).toMatch(/6 features is a lot/)
    expect(roadmapRowWarnings({ timeframe: '', goal: ' ', features: [], metrics: '' })).toHaveLength(4)
  })

  it('finds a goal placed in two columns', () => {
    expect(duplicateOnBoard({ now: [1], next: [2, 3], later: [] })).toBeNull()
    expect(duplicateOnBoard({ now: [1], next: [2], later: [1] })).toBe(1)
  })
})
