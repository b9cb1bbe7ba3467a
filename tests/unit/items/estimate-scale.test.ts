import { describe, expect, it } from 'vitest'
import { describeScale, formatEstimate, isOnScale, scaleSteps, TSHIRT_SIZES } from '@shared/domain/items/estimate-scale'

describe('estimate scales', () => {
  it('maps T-shirt sizes to the points 1, 2, 3, 5, 8 and 13', () => {
    expect(TSHIRT_SIZES.map((s) => [s.label, s.points])).toEqual([
      ['XS', 1],
      ['S', 2],
      ['M', 3],
      ['L', 5],
      ['XL', 8],
      ['XXL', 13]
    ])
    expect(scaleSteps('tshirt').every((s) => isOnScale('fibonacci', s.points))).toBe(true)
  })

  it('checks values against each scale', () => {
    expect(isOnScale('tshirt', 5)).toBe(true)
    expect(isOnScale('tshirt', 20)).toBe(false)
    expect(isOnScale('fibonacci', 20)).toBe(true)
    expect(isOnScale('fibonacci', 4)).toBe(false)
  })

  it('formats estimates as labels on T-shirt sizes, leftovers from another scale as points', () => {
    expect(formatEstimate('tshirt', 8)).toBe('XL')
    expect(formatEstimate('tshirt', 20)).toBe('20 pts')
    expect(formatEstimate('fibonacci', 0.5)).toBe('0.5')
    expect(formatEstimate('fibonacci', null)).toBe('–')
  })

  it('describes each scale for messages', () => {
    expect(describeScale('tshirt')).toBe('XS (1), S (2), M (3), L (5), XL (8), XXL (13)')
    expect(describeScale('fibonacci')).toBe('0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100')
  })
})
