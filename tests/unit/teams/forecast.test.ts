import { describe, expect, it } from 'vitest'
import { exactWhen, runForecastPool, simulateHere, startInProcessWorker } from '@shared/domain/flow'
import {
  MAX_JOINT_DAYS,
  jointDailyThroughput,
  planCombinedHowMany,
  planCombinedWhen,
  type TeamHistory
} from '@shared/domain/teams'

// Three weeks of working days each, with zero days, as a team's history looks.
const LANES = [0, 1, 2, 0, 3, 1, 0, 0, 2, 1, 1, 0, 2, 1, 0]
const KIOSK = [1, 0, 0, 2, 0, 1, 0, 1, 0, 0, 1, 2, 0, 0, 1]
const team = (
  teamId: number,
  name: string,
  dailyThroughput: number[],
  openItems = 10,
  arrivalsPerDay: number[] = []
): TeamHistory => ({
  teamId,
  name,
  dailyThroughput,
  openItems,
  arrivalsPerDay
})

function plan<T>(planned: T | { ok: false; reason: string }): T {
  if (typeof planned === 'object' && planned !== null && 'ok' in planned) throw new Error(planned.reason)
  return planned
}

describe('jointDailyThroughput', () => {
  it('holds every combination of one day per team, summed, the last team changing fastest', () => {
    expect(
      jointDailyThroughput([
        [0, 2],
        [0, 1, 5]
      ])
    ).toEqual([0, 1, 5, 2, 3, 7])
    expect(jointDailyThroughput([[3]])).toEqual([3])
  })

  it('draws each team separately: the day totals come in the proportions of independent draws, not of one shared day', () => {
    // One shared calendar day would give 0 or 4 only; drawn apart, one team's busy day meets the other's quiet one half the time.
    const joint = jointDailyThroughput([
      [0, 2],
      [0, 2]
    ])
    const share = (total: number) => joint.filter((n) => n === total).length / joint.length
    expect([share(0), share(2), share(4)]).toEqual([0.25, 0.5, 0.25])
  })
})

describe('planCombinedWhen', () => {
  const trials = 20_000
  const seed = 2024

  it('grows the work inside every trial as a single forecast does: the product’s arrivals for the whole, each team’s own for its own', () => {
    const teams = [team(1, 'Lanes', LANES, 10, [1, 0, 0]), team(2, 'Kiosk', KIOSK, 8, [0, 2])]
    const productArrivals = [1, 2, 0, 1]
    const grown = plan(
      planCombinedWhen({ teams, items: 30, trials, seed, scopeGrowth: { arrivalsPerDay: productArrivals } })
    )
    const plain = plan(planCombinedWhen({ teams, items: 30, trials, seed }))
    expect(plain.withoutGrowth).toBeNull()
    expect(grown.combined).toMatchObject({ ratePerItemDone: 0, arrivalsPerDay: productArrivals })
    // The same question without growth, on the same seed: what growth costs.
    expect(grown.withoutGrowth).toEqual(plain.combined)
    expect(grown.perTeam.map((t) => !('ok' in t.job) && t.job.arrivalsPerDay)).toEqual([
      [1, 0, 0],
      [0, 2]
    ])
    const later = simulateHere(grown.combined).percentiles[85]!
    expect(later).toBeGreaterThan(simulateHere(plain.combined).percentiles[85]!)

    const byRate = plan(planCombinedWhen({ teams, items: 30, trials, seed, scopeGrowth: { ratePerItemDone: 0.2 } }))
    expect(byRate.perTeam.map((t) => !('ok' in t.job) && [t.job.ratePerItemDone, t.job.arrivalsPerDay])).toEqual([
      [0.2, []],
      [0.2, []]
    ])
  })

  it('finishes the backlog sooner with two identical teams than with one', () => {
    const together = plan(
      planCombinedWhen({ teams: [team(1, 'Team A', LANES), team(2, 'Team B', LANES)], items: 40, trials, seed })
    )
    const combined = simulateHere(together.combined)
    const alone = simulateHere(plan(together.perTeam[0]!.job))
    const aloneOnAll = simulateHere({ ...together.combined, dailyThroughput: [...LANES], items: 40 })
    expect(alone.items).toBe(10)
    for (const level of [50, 85, 95] as const)
      expect(combined.percentiles[level]!).toBeLessThan(aloneOnAll.percentiles[level]!)
    // Twice the pace, about half the days: the 85th percentile of one team's 40 items is close to two teams' 80.
    const twice = simulateHere(
      plan(planCombinedWhen({ teams: [team(1, 'Team A', LANES), team(2, 'Team B', LANES)], items: 80, trials, seed }))
        .combined
    )
    expect(Math.abs(twice.percentiles[85]! - aloneOnAll.percentiles[85]!)).toBeLessThanOrEqual(3)
    expect(together.parts.map((p) => p.share)).toEqual([0.5, 0.5])
  })

  it('repeats itself for a seed, on any number of workers, and answers differently for another seed', async () => {
    const input = { teams: [team(1, 'Lanes', LANES), team(2, 'Kiosk', KIOSK)], items: 30, trials: 120_000, seed }
    const first = simulateHere(plan(planCombinedWhen(input)).combined)
    const again = simulateHere(plan(planCombinedWhen(input)).combined)
    expect(again).toEqual(first)
    const pooled = await runForecastPool([{ job: plan(planCombinedWhen(input)).combined, exact: false }], {
      cores: 3,
      start: startInProcessWorker
    }).outcomes
    expect(pooled[0]!.forecast).toEqual(first)
    const other = simulateHere(plan(planCombinedWhen({ ...input, seed: seed + 1 })).combined)
    expect(other.histogram).not.toEqual(first.histogram)
  })

  it('matches the exact distribution of the teams’ days drawn apart and added', () => {
    const combined = simulateHere(
      plan(
        planCombinedWhen({
          teams: [team(1, 'Lanes', LANES), team(2, 'Kiosk', KIOSK)],
          items: 25,
          trials: 100_000,
          seed
        })
      ).combined
    )
    const exact = exactWhen(jointDailyThroughput([LANES, KIOSK]), 25)
    for (const level of [50, 85] as const)
      expect(Math.abs(combined.percentiles[level]! - exact.percentiles[level]!)).toBeLessThanOrEqual(1)
  })

  it('shows each team’s part of the pace and forecasts each team’s own open items', () => {
    const planned = plan(
      planCombinedWhen({ teams: [team(1, 'Lanes', LANES, 12), team(2, 'Kiosk', KIOSK, 0)], items: 30, trials, seed })
    )
    const [lanes, kiosk] = planned.parts
    expect(lanes).toMatchObject({ teamId: 1, name: 'Lanes', perDay: 14 / 15 })
    expect(lanes!.share + kiosk!.share).toBeCloseTo(1, 12)
    expect(lanes!.share).toBeCloseTo(14 / 23, 12)
    expect(plan(planned.perTeam[0]!.job)).toMatchObject({ question: 'when', items: 12, seed })
    expect(planned.perTeam[1]!.job).toEqual({ ok: false, reason: 'Kiosk has no open items of its own.' })
  })

  it('refuses with one team, a team’s thin history named, or too many combinations of days', () => {
    expect(planCombinedWhen({ teams: [team(1, 'Lanes', LANES)], items: 5, trials, seed })).toMatchObject({ ok: false })
    const thin = planCombinedWhen({
      teams: [team(1, 'Lanes', LANES), team(2, 'New team', [0, 0, 1, 0, 0, 0, 1])],
      items: 5,
      trials,
      seed
    })
    expect(thin).toMatchObject({ ok: false, reason: expect.stringMatching(/^New team: .*only 2 days/) })
    const long = Array.from({ length: 65 }, (_, i) => i % 3)
    const three = [team(1, 'A', long), team(2, 'B', long), team(3, 'C', long)]
    expect(65 ** 3).toBeGreaterThan(MAX_JOINT_DAYS)
    expect(planCombinedWhen({ teams: three, items: 5, trials, seed })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('274,625 combinations')
    })
    expect(
      plan(
        planCombinedWhen({
          teams: three.map((t) => ({ ...t, dailyThroughput: long.slice(0, 64) })),
          items: 5,
          trials,
          seed
        })
      ).combined.dailyThroughput
    ).toHaveLength(MAX_JOINT_DAYS)
  })
})

describe('planCombinedHowMany', () => {
  it('adds the teams’ days over the horizon, and forecasts each team by the same date', () => {
    const planned = plan(
      planCombinedHowMany({
        teams: [team(1, 'Lanes', LANES), team(2, 'Kiosk', KIOSK)],
        days: 10,
        trials: 20_000,
        seed: 7
      })
    )
    const combined = simulateHere(planned.combined)
    const [lanes, kiosk] = planned.perTeam.map((t) => simulateHere(plan(t.job)))
    // At least what the slower team manages alone, and about the sum of the two on a middling day.
    expect(combined.percentiles[50]).toBeGreaterThan(lanes!.percentiles[50])
    expect(Math.abs(combined.percentiles[50] - lanes!.percentiles[50] - kiosk!.percentiles[50])).toBeLessThanOrEqual(2)
  })
})
