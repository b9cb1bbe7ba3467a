import { describe, expect, it } from 'vitest'
import { withGaps, withKeptIndex } from '@renderer/ui/virtual/range'

describe('virtual rows', () => {
  it('keeps the focused row among the rendered ones, in order', () => {
    expect(withKeptIndex([10, 11, 12], undefined)).toEqual([10, 11, 12])
    expect(withKeptIndex([10, 11, 12], 11)).toEqual([10, 11, 12])
    expect(withKeptIndex([10, 11, 12], 2)).toEqual([2, 10, 11, 12])
    expect(withKeptIndex([10, 11, 12], 40)).toEqual([10, 11, 12, 40])
  })

  it('fills the space of the rows that are not rendered, below a header', () => {
    const rows = [
      { index: 2, start: 30 + 80, end: 30 + 120 },
      { index: 10, start: 30 + 400, end: 30 + 440 },
      { index: 11, start: 30 + 440, end: 30 + 480 }
    ]
    const { rows: placed, after } = withGaps(rows, 30, 30 + 800)
    expect(placed.map((r) => r.gapBefore)).toEqual([80, 280, 0])
    expect(after).toBe(320)
    expect(withGaps([], 0, 0)).toEqual({ rows: [], after: 0 })
  })
})
