import { describe, expect, it } from 'vitest'
import type { KanoFeatureResult } from '@shared/api/methods/kano'
import type { MoscowGroup } from '@shared/api/methods/ordering'
import {
  QUADRANT_AREAS,
  SPREAD_LIMIT,
  STEP_SPLIT,
  crowdRadius,
  fromStep,
  quadrantLists,
  scatterMarks,
  stepBy,
  toStep
} from '@renderer/features/ordering/valueEffort/chartData'
import { kanoBars } from '@renderer/features/ordering/kano/chartData'
import { percent, shareSegments } from '@renderer/features/ordering/moscow/shares'
import { readTau } from '@renderer/features/ordering/compare/reading'
import { quadrant } from '@shared/domain/ordering/scores'
import { boardItem } from './board'

describe('value / effort chart positions', () => {
  it('maps scale values to evenly spaced steps and back, snapping and clamping', () => {
    expect([1, 2, 3, 5, 8, 13, 20].map(toStep)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(fromStep(4.4)).toBe(5)
    expect(fromStep(4.6)).toBe(8)
    expect(fromStep(-3)).toBe(1)
    expect(fromStep(12)).toBe(20)
    expect(stepBy(5, 1)).toBe(8)
    expect(stepBy(1, -1)).toBe(1)
    expect(stepBy(20, 1)).toBe(20)
  })

  it('draws the quadrant split between 5 and 8, where the domain splits low from high', () => {
    expect(STEP_SPLIT).toBe(4.5)
    for (const area of QUADRANT_AREAS) {
      const centre = { effort: fromStep((area.x[0] + area.x[1]) / 2), value: fromStep((area.y[0] + area.y[1]) / 2) }
      expect(quadrant(centre)).toBe(area.quadrant)
    }
  })

  it('places only items with both scores and spreads items that share a spot', () => {
    const { points, crowds, placed } = scatterMarks([
      boardItem(1, { value: 8, effort: 2 }),
      boardItem(2, { value: 8, effort: 2 }),
      boardItem(3, { value: 5 })
    ])
    expect(points.map((p) => p.id)).toEqual([1, 2])
    expect(crowds).toEqual([])
    expect(placed).toBe(2)
    expect(points[0]).toMatchObject({ value: 8, effort: 2 })
    expect(points[0]!.x).not.toBeCloseTo(points[1]!.x)
    expect(Math.abs(points[0]!.x - toStep(2))).toBeLessThan(0.5)
    expect(scatterMarks([boardItem(1, { value: 13, effort: 3 })]).points[0]).toMatchObject({ x: 3, y: 6 })
  })

  it('draws more items than the spread limit on one spot as one crowd with their count', () => {
    const many = Array.from({ length: 5000 }, (_, i) => boardItem(i + 1, { value: 8, effort: 2 }))
    const { points, crowds, placed } = scatterMarks([...many, boardItem(6000, { value: 1, effort: 20 })])
    expect(crowds).toEqual([{ value: 8, effort: 2, x: toStep(2), y: toStep(8), count: 5000 }])
    expect(points.map((p) => p.id)).toEqual([6000])
    expect(placed).toBe(5001)
    const limit = Array.from({ length: SPREAD_LIMIT }, (_, i) => boardItem(i + 1, { value: 3, effort: 3 }))
    expect(scatterMarks(limit).points).toHaveLength(SPREAD_LIMIT)
    expect(scatterMarks([...limit, boardItem(99, { value: 3, effort: 3 })]).crowds[0]?.count).toBe(SPREAD_LIMIT + 1)
  })

  it('sizes crowds by area, the largest at the biggest radius', () => {
    expect(crowdRadius(400, 400)).toBe(24)
    expect(crowdRadius(100, 400)).toBeCloseTo(9 + 15 / 2)
    expect(crowdRadius(7, 400)).toBeLessThan(crowdRadius(8, 400))
  })

  it('lists each quadrant best value for effort first, keeping your order on ties', () => {
    const lists = quadrantLists([
      boardItem(1, { value: 8, effort: 2 }),
      boardItem(2, { value: 20, effort: 1 }),
      boardItem(3, { value: 8, effort: 2 }),
      boardItem(4, { value: 1, effort: 20 })
    ])
    expect(lists['quick-win'].map((i) => i.id)).toEqual([2, 1, 3])
    expect(lists['money-pit'].map((i) => i.id)).toEqual([4])
    expect(lists['big-bet']).toEqual([])
  })
})

describe('Kano bars', () => {
  const result = (feature: string, counts: Partial<KanoFeatureResult['counts']>): KanoFeatureResult => {
    const full = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0, ...counts }
    const total = Object.values(full).reduce((a, b) => a + b, 0)
    return { featureId: 1, feature, itemId: null, category: null, counts: full, total, flags: [] }
  }

  it('gives each feature with answers its category shares in percent', () => {
    const { bars, answered } = kanoBars([result('Waiting list', { M: 3, A: 1 }), result('Unanswered', {})])
    expect(bars).toEqual([{ feature: 'Waiting list', total: 4, A: 25, O: 0, M: 75, I: 0, R: 0, Q: 0 }])
    expect(answered).toBe(1)
  })

  it('keeps the features with the most answers when there are more than the chart can show', () => {
    const results = [
      result('Few', { A: 1 }),
      result('Most', { M: 5 }),
      result('Some', { O: 3 }),
      result('Also some', { I: 3 })
    ]
    expect(kanoBars(results, 10).bars.map((b) => b.feature)).toEqual(['Few', 'Most', 'Some', 'Also some'])
    const { bars, answered } = kanoBars(results, 3)
    expect(bars.map((b) => b.feature)).toEqual(['Most', 'Some', 'Also some'])
    expect(answered).toBe(4)
  })
})

describe('MoSCoW shares', () => {
  const group: MoscowGroup = {
    releaseId: 1,
    name: 'Spring',
    targetDate: null,
    counts: { must: 3, should: 1, could: 1, wont: 2 },
    effort: { must: 14, should: 3, could: 3, wont: 8 },
    totalEffort: 28,
    mustShare: 0.7,
    unsized: 0,
    warning: 'Musts take 70%'
  }

  it('measures Must, Should and Could against the planned effort and keeps Won’t outside', () => {
    const segments = shareSegments(group)
    expect(segments.map((s) => [s.category, s.share])).toEqual([
      ['must', 0.7],
      ['should', 0.15],
      ['could', 0.15],
      ['wont', null]
    ])
    expect(segments[3]).toMatchObject({ effort: 8, count: 2 })
    expect(percent(0.7)).toBe('70%')
    expect(percent(null)).toBe('–')
  })

  it('has no shares when nothing planned is sized', () => {
    const empty = { ...group, effort: { must: 0, should: 0, could: 0, wont: 5 } }
    expect(shareSegments(empty).every((s) => s.share === null)).toBe(true)
  })
})

describe('Kendall tau in words', () => {
  it('reads each band', () => {
    expect(readTau(null, 'WSJF')).toMatch(/at least two items/)
    expect(readTau(1, 'WSJF')).toMatch(/agree completely/)
    expect(readTau(0.85, 'WSJF')).toMatch(/almost everywhere/)
    expect(readTau(0.6, 'WSJF')).toMatch(/mostly agree/)
    expect(readTau(0.3, 'WSJF')).toMatch(/only loosely/)
    expect(readTau(0, 'WSJF')).toMatch(/little in common/)
    expect(readTau(-0.3, 'WSJF')).toMatch(/tend to disagree/)
    expect(readTau(-1, 'WSJF')).toMatch(/reverse/)
  })
})
