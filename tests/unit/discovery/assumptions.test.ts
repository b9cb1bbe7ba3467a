import { describe, expect, it } from 'vitest'
import {
  RISKIEST_ADVICE,
  experimentDraftFrom,
  quadrantOf,
  rankAssumptions,
  riskScore,
  riskiestUntested
} from '@shared/domain/discovery'

const a = (id: number, importance: number, evidence: number, tested = false) => ({ id, importance, evidence, tested })

describe('the assumption map’s quadrants', () => {
  it('tests what matters and is little known, builds on what matters and is known', () => {
    expect(quadrantOf(5, 1)).toBe('test')
    expect(quadrantOf(5, 5)).toBe('proceed')
    expect(quadrantOf(1, 1)).toBe('park')
    expect(quadrantOf(2, 5)).toBe('setAside')
  })

  it('reads a 3 cautiously: important, and not yet known', () => {
    expect(quadrantOf(3, 3)).toBe('test')
    expect(quadrantOf(2, 3)).toBe('park')
    expect(quadrantOf(3, 4)).toBe('proceed')
  })

  it('scores risk as importance times the lack of evidence', () => {
    expect([riskScore(5, 1), riskScore(1, 5), riskScore(3, 3)]).toEqual([25, 1, 9])
  })
})

describe('riskiest first', () => {
  it('puts "test first" before the rest, then the higher risk, then the more important, then the less known', () => {
    const list = [a(1, 5, 5), a(2, 2, 1), a(3, 3, 3), a(4, 4, 2), a(5, 5, 3), a(6, 3, 1), a(7, 1, 5)]
    // In "test first": 4 scores 16; 5 and 6 both score 15, the more important first; then 3 with 9.
    expect(rankAssumptions(list).map((x) => x.id)).toEqual([4, 5, 6, 3, 1, 2, 7])
  })

  it('keeps the given order for equal assumptions, and leaves the input alone', () => {
    const list = [a(1, 4, 2), a(2, 4, 2), a(3, 4, 2)]
    expect(rankAssumptions(list).map((x) => x.id)).toEqual([1, 2, 3])
    expect(rankAssumptions([...list].reverse()).map((x) => x.id)).toEqual([3, 2, 1])
    expect(list.map((x) => x.id)).toEqual([1, 2, 3])
  })

  it('picks the riskiest assumption no experiment tests yet, only from "test first"', () => {
    const tested = (x: { tested: boolean }) => x.tested
    expect(riskiestUntested([a(1, 5, 1, true), a(2, 4, 2), a(3, 5, 5)], tested)?.id).toBe(2)
    expect(riskiestUntested([a(1, 5, 1, true), a(2, 2, 1), a(3, 5, 5)], tested)).toBeNull()
    expect(riskiestUntested([], tested)).toBeNull()
  })
})

describe('the experiment drafted from an assumption', () => {
  it('starts the hypothesis from the statement', () => {
    expect(experimentDraftFrom('Parents will pay for a whole term online.  ')).toEqual({
      title: 'Parents will pay for a whole term online',
      change: 'parents will pay for a whole term online'
    })
    expect(experimentDraftFrom('x'.repeat(300)).title).toHaveLength(200)
    expect(experimentDraftFrom('SMS reminders cut no-shows').change).toBe('SMS reminders cut no-shows')
  })

  it('names the guide its advice follows', () => {
    expect(RISKIEST_ADVICE).toMatch(/\(EBM Guide 2024, “Seek Goals using Empiricism”\)\.$/)
  })
})
