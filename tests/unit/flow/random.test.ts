import { describe, expect, it } from 'vitest'
import { MAX_SEED, Random, isSeed, newSeed } from '@shared/domain/flow'

describe('seeded random generator', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = new Random(seed)
      return Array.from({ length: 8 }, () => random.nextUint32())
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(0).some((n) => n !== 0)).toBe(true)
    expect(draw(MAX_SEED).every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_SEED)).toBe(true)
  })

  it('draws whole numbers in range, close to uniformly', () => {
    const random = new Random(1)
    const counts = new Array<number>(7).fill(0)
    const draws = 70_000
    for (let i = 0; i < draws; i++) counts[random.nextInt(7)]!++
    expect(counts.reduce((a, b) => a + b)).toBe(draws)
    // Chi-square with 6 degrees of freedom: above 22.5 happens by chance once in a thousand.
    const chiSquare = counts.reduce((sum, c) => sum + (c - draws / 7) ** 2 / (draws / 7), 0)
    expect(chiSquare).toBeLessThan(22.5)
  })

  it('accepts only uint32 seeds', () => {
    expect(() => new Random(-1)).toThrow(RangeError)
    expect(() => new Random(1.5)).toThrow(RangeError)
    expect(isSeed(MAX_SEED)).toBe(true)
    expect(isSeed(MAX_SEED + 1)).toBe(false)
    expect(isSeed(newSeed())).toBe(true)
  })
})
