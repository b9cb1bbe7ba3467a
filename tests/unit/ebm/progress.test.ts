import { describe, expect, it } from 'vitest'
import { goalProgress, targetProgress, type GoalNode, type TargetProgress } from '@shared/domain/ebm'

const at = (value: number) => ({ date: '2025-03-01', value })

describe('progress toward a target', () => {
  it('is the share of the way from baseline to target', () => {
    expect(targetProgress({ direction: 'higher', unit: '%', baseline: 40, target: 60, latest: at(45) })).toMatchObject({
      progress: 0.25,
      raw: 0.25,
      explanation: '25% of the way from 40% to 60%: 45% on 2025-03-01.'
    })
  })

  it('works the same when lower is better', () => {
    const p = targetProgress({ direction: 'lower', unit: 'days', baseline: 10, target: 5, latest: at(8) })
    expect(p.progress).toBeCloseTo(0.4)
    expect(p.explanation).toBe('40% of the way from 10 days to 5 days: 8 days on 2025-03-01.')
  })

  it('is clamped at 100% past the target and at 0% when things got worse, and says so', () => {
    const past = targetProgress({ direction: 'lower', unit: 'days', baseline: 10, target: 5, latest: at(3) })
    expect(past).toMatchObject({ progress: 1, raw: 1.4 })
    expect(past.explanation).toMatch(/^Target reached: 3 days/)
    const worse = targetProgress({ direction: 'higher', unit: '', baseline: 100, target: 200, latest: at(90) })
    expect(worse).toMatchObject({ progress: 0, raw: -0.1 })
    expect(worse.explanation).toBe(
      'Moved away from the target: 90 on 2025-03-01, worse than the baseline 100 (target 200); counted as 0%.'
    )
  })

  it('has no progress without a value or without a distance to cover', () => {
    expect(targetProgress({ direction: 'higher', unit: '', baseline: 1, target: 2, latest: null })).toMatchObject({
      progress: null,
      raw: null
    })
    expect(targetProgress({ direction: 'higher', unit: '', baseline: 2, target: 2, latest: at(3) }).progress).toBeNull()
  })

  it('tracks a target on the wrong side of the baseline but warns about it', () => {
    const p = targetProgress({ direction: 'higher', unit: '', baseline: 10, target: 5, latest: at(5) })
    expect(p.progress).toBe(1)
    expect(p.explanation).toContain('the target is below the baseline although higher is better')
  })
})

const target = (progress: number | null): TargetProgress => ({ progress, raw: progress, latest: null, explanation: '' })

describe('goal tree roll-up', () => {
  // Strategic 1 <- Intermediate 2, 3 <- Tactical 4 (under 2), 5 (under 3)
  const tree = (targets: Record<number, Array<number | null>>): GoalNode[] =>
    [
      [1, null],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 3]
    ].map(([id, parentId]) => ({ id: id!, parentId: parentId ?? null, targets: (targets[id!] ?? []).map(target) }))

  it('counts each own target and each sub-goal with progress as one equal part', () => {
    const result = goalProgress(tree({ 1: [0.2], 2: [1], 4: [0.5, 0.5], 5: [0] }))
    expect(result.get(4)).toMatchObject({ progress: 0.5, own: 0.5, children: null })
    expect(result.get(2)).toMatchObject({ progress: 0.75, own: 1, children: 0.5 })
    expect(result.get(3)).toMatchObject({ progress: 0, own: null, children: 0 })
    // (0.2 + 0.75 + 0) / 3
    expect(result.get(1)!.progress).toBeCloseTo(0.95 / 3)
    expect(result.get(1)!.explanation).toBe('32%: from 1 own target and 2 sub-goals, each counted equally.')
  })

  it('leaves out targets without values and silent sub-goals, and says so', () => {
    const result = goalProgress(tree({ 2: [0.6, null] }))
    expect(result.get(2)).toMatchObject({
      progress: 0.6,
      explanation: '60%: from 1 own target. Left out: 1 target without a value and 1 sub-goal without progress.'
    })
    expect(result.get(1)).toMatchObject({
      progress: 0.6,
      explanation: '60%: from 1 sub-goal. Left out: 1 sub-goal without progress.'
    })
    expect(result.get(5)).toMatchObject({
      progress: null,
      explanation: 'No targets and no sub-goals yet: add a target on a measure to follow this goal.'
    })
  })

  it('survives a cycle in stored data', () => {
    const result = goalProgress([
      { id: 1, parentId: 2, targets: [target(0.5)] },
      { id: 2, parentId: 1, targets: [] }
    ])
    expect(result.size).toBe(2)
  })
})
