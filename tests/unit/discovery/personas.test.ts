import { describe, expect, it } from 'vitest'
import { segmentGaps, segmentNote, type PersonaInSegment } from '@shared/domain/discovery'

describe('what a segment’s personas leave out', () => {
  const personas: PersonaInSegment[] = [
    { segmentId: 1, buyerOrUser: 'user' },
    { segmentId: 1, buyerOrUser: 'user' },
    { segmentId: 2, buyerOrUser: 'buyer' },
    { segmentId: 3, buyerOrUser: 'both' },
    { segmentId: null, buyerOrUser: 'buyer' }
  ]

  it('asks for a buyer where only users are described, and for a user where only buyers are', () => {
    expect(segmentGaps(1, personas)).toEqual({ personas: 2, hasBuyer: false, hasUser: true })
    expect(segmentNote(segmentGaps(1, personas))).toMatch(/^Only users are described/)
    expect(segmentNote(segmentGaps(2, personas))).toMatch(/^Only buyers are described/)
  })

  it('counts a persona who buys and uses on both sides, and says nothing then', () => {
    expect(segmentGaps(3, personas)).toEqual({ personas: 1, hasBuyer: true, hasUser: true })
    expect(segmentNote(segmentGaps(3, personas))).toBeNull()
  })

  it('notes a segment nobody describes; personas in no segment count for none', () => {
    expect(segmentNote(segmentGaps(4, personas))).toBe('No persona describes this segment yet.')
  })
})
