import { describe, expect, it } from 'vitest'
import {
  KANO_ANSWERS,
  evaluateKano,
  kanoByFeature,
  kanoResult,
  type KanoAnswer,
  type KanoCategory
} from '@shared/domain/ordering'

/** The table from the design reference, written out row by row (functional) and column by column (dysfunctional). */
const EXPECTED: Record<KanoAnswer, Record<KanoAnswer, KanoCategory>> = {
  like: { like: 'Q', expect: 'A', neutral: 'A', 'live-with': 'A', dislike: 'O' },
  expect: { like: 'R', expect: 'I', neutral: 'I', 'live-with': 'I', dislike: 'M' },
  neutral: { like: 'R', expect: 'I', neutral: 'I', 'live-with': 'I', dislike: 'M' },
  'live-with': { like: 'R', expect: 'I', neutral: 'I', 'live-with': 'I', dislike: 'M' },
  dislike: { like: 'R', expect: 'R', neutral: 'R', 'live-with': 'R', dislike: 'Q' }
}

describe('Kano evaluation table', () => {
  const pairs = KANO_ANSWERS.flatMap((functional) =>
    KANO_ANSWERS.map((dysfunctional) => [functional, dysfunctional] as const)
  )

  it('covers all 25 answer pairs', () => {
    expect(pairs).toHaveLength(25)
  })

  it.each(pairs)('functional %s, dysfunctional %s', (functional, dysfunctional) => {
    expect(evaluateKano(functional, dysfunctional)).toBe(EXPECTED[functional][dysfunctional])
  })
})

const answers = (spec: Partial<Record<KanoCategory, number>>) => {
  const pairFor: Record<KanoCategory, [KanoAnswer, KanoAnswer]> = {
    A: ['like', 'neutral'],
    O: ['like', 'dislike'],
    M: ['expect', 'dislike'],
    I: ['neutral', 'neutral'],
    R: ['dislike', 'like'],
    Q: ['like', 'like']
  }
  return Object.entries(spec).flatMap(([category, n]) =>
    Array.from({ length: n }, () => {
      const [functional, dysfunctional] = pairFor[category as KanoCategory]
      return { functional, dysfunctional }
    })
  )
}

describe('Kano result per feature', () => {
  it('counts categories and picks the most frequent', () => {
    const result = kanoResult(answers({ A: 5, O: 3, I: 2 }))
    expect(result).toMatchObject({
      category: 'A',
      total: 10,
      counts: { A: 5, O: 3, M: 0, I: 2, R: 0, Q: 0 },
      flags: []
    })
  })

  it.each([
    [{ M: 3, O: 3, A: 3, I: 3 }, 'M'],
    [{ O: 4, A: 4, I: 4 }, 'O'],
    [{ A: 2, I: 2 }, 'A'],
    [{ I: 2, R: 2, Q: 2 }, 'I']
  ] as const)('breaks ties M > O > A > I, with R and Q after them (%o → %s)', (spec, category) => {
    expect(kanoResult(answers(spec)).category).toBe(category)
  })

  it('calls a feature reverse or questionable only when that answer strictly dominates', () => {
    expect(kanoResult(answers({ R: 4, A: 3 })).category).toBe('R')
    expect(kanoResult(answers({ Q: 3, I: 2 })).category).toBe('Q')
  })

  it('flags questionable and reverse answers and a tie', () => {
    const { flags } = kanoResult(answers({ M: 4, O: 4, Q: 1, R: 2 }))
    expect(flags).toHaveLength(3)
    expect(flags[0]).toMatch(/^1 of 11 answers is questionable/)
    expect(flags[1]).toMatch(/^2 of 11 answers are reverse/)
    expect(flags[2]).toMatch(/^Must-be and One-dimensional are tied at 4/)
  })

  it('has no category without answers', () => {
    expect(kanoResult([])).toMatchObject({ category: null, total: 0, flags: [] })
  })
})

describe('Kano results by feature', () => {
  it('groups rows by feature ignoring case, in order of first appearance', () => {
    const rows = [
      { feature: 'Seat map', functional: 'like', dysfunctional: 'dislike' },
      { feature: 'Dark mode', functional: 'like', dysfunctional: 'neutral' },
      { feature: 'seat MAP', functional: 'expect', dysfunctional: 'dislike' },
      { feature: 'Seat map', functional: 'like', dysfunctional: 'dislike' }
    ] as const
    expect(kanoByFeature(rows).map((f) => [f.feature, f.category, f.total])).toEqual([
      ['Seat map', 'O', 3],
      ['Dark mode', 'A', 1]
    ])
  })
})
