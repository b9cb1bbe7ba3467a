import { describe, expect, it } from 'vitest'
import { columnMissesOne, scoredCount } from '@renderer/features/ordering/wsjf/columns'
import { withScores } from '@renderer/features/ordering/liveScores'
import { formatScore } from '@renderer/features/ordering/shared/fields'
import { historyPage } from '@renderer/features/ordering/history/pages'
import { boardItem } from './board'

describe('live scores', () => {
  it('recomputes Cost of Delay, WSJF, CD3, value / effort and the quadrant from a patch', () => {
    const item = withScores(boardItem(1, { ubv: 8, tc: 3, rr: 1, jobSize: 5, value: 13, effort: 2 }), {
      tc: 20,
      codPerWeek: 1200,
      durationWeeks: 4
    })
    expect(item.costOfDelay).toBe(29)
    expect(item.wsjf).toBeCloseTo(5.8)
    expect(item.cd3).toBe(300)
    expect(item.valueEffort).toBe(6.5)
    expect(item.quadrant).toBe('quick-win')
  })

  it('clears the figures when a score is cleared', () => {
    const item = withScores(boardItem(1, { ubv: 8, tc: 3, rr: 1, jobSize: 5 }), { jobSize: null })
    expect(item.costOfDelay).toBe(12)
    expect(item.wsjf).toBeNull()
  })
})

describe('WSJF columns', () => {
  it('misses its 1 until some item has 1, and counts scored cells', () => {
    const items = [boardItem(1, { tc: 3 }), boardItem(2, { tc: 8 }), boardItem(3)]
    expect(columnMissesOne(items, 'tc')).toBe(true)
    expect(columnMissesOne([...items, boardItem(4, { tc: 1 })], 'tc')).toBe(false)
    expect(columnMissesOne([], 'ubv')).toBe(true)
    expect(scoredCount(items, 'tc')).toBe(2)
  })
})

describe('formatScore', () => {
  it('prints a dash for no score and at most two decimals', () => {
    expect(formatScore(null)).toBe('–')
    expect(formatScore(13)).toBe('13')
    expect(formatScore(2 / 3)).toBe('0.67')
    expect(formatScore(1500)).toBe('1,500')
  })
})

describe('history pages', () => {
  it('places a page among the changes, with its neighbours and the oldest page', () => {
    expect(historyPage(250, 0)).toEqual({ from: 1, to: 100, newer: null, older: 100, oldest: 200 })
    expect(historyPage(250, 100)).toEqual({ from: 101, to: 200, newer: 0, older: 200, oldest: 200 })
    expect(historyPage(250, 200)).toEqual({ from: 201, to: 250, newer: 100, older: null, oldest: 200 })
    expect(historyPage(200, 100)).toEqual({ from: 101, to: 200, newer: 0, older: null, oldest: 100 })
    expect(historyPage(0, 0)).toEqual({ from: 0, to: 0, newer: null, older: null, oldest: 0 })
  })

  it('falls back to the oldest page when the history shrank below the offset', () => {
    expect(historyPage(50, 300)).toMatchObject({ from: 1, to: 50, newer: null, older: null })
  })
})
