import { describe, expect, it } from 'vitest'
import { runJob } from '../../../src/renderer/src/features/flow/worker/jobs'

const history = [0, 1, 2, 1, 0, 3, 1, 2, 0, 1]

describe('forecast worker jobs', () => {
  it('runs "when" with progress up to the end', () => {
    const progress: number[] = []
    const result = runJob({ kind: 'when', dailyThroughput: history, items: 10, trials: 1000, seed: 5, scopeGrowth: null }, (f) => progress.push(f))
    expect(result.kind).toBe('when')
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })
  it('runs "when" with scope growth as one bar over both runs, and reports what growth costs', () => {
    const progress: number[] = []
    const result = runJob(
      { kind: 'when', dailyThroughput: history, items: 10, trials: 1000, seed: 5, scopeGrowth: { ratePerItemDone: 0.3 } },
      (f) => progress.push(f)
    )
    if (result.kind !== 'when' || !result.growth) throw new Error('expected a growth effect')
    expect(result.forecast).toBe(result.growth.withGrowth)
    expect(result.growth.extraDays[85]).toBeGreaterThan(0)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(1)
    expect(progress.some((f) => f > 0.4 && f < 0.6)).toBe(true)
  })
  it('is exactly repeatable with the same seed', () => {
    const job = { kind: 'how-many' as const, dailyThroughput: history, days: 20, trials: 2000, seed: 77 }
    expect(runJob(job, () => {})).toEqual(runJob(job, () => {}))
  })
  it('passes the thin-data refusal through as an explanation', () => {
    const result = runJob({ kind: 'when', dailyThroughput: [0, 1, 0, 2], items: 5, trials: 100, seed: 1, scopeGrowth: null }, () => {})
    expect(result.kind).toBe('refused')
    expect(result.kind === 'refused' && result.reason).toMatch(/at least 5 such days/)
  })
  it('runs a backtest', () => {
    const result = runJob(
      {
        kind: 'backtest',
        input: { finishedOn: ['2025-01-06'], calendar: { weekendsOff: true, nonWorkingDays: [] }, question: { kind: 'when', items: 1 }, today: '2025-01-10', trials: 10, seed: 1 }
      },
      () => {}
    )
    expect(result.kind).toBe('backtest')
  })
})
