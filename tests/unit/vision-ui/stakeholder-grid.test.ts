import { describe, expect, it } from 'vitest'
import { markerPosition, nudge, scoresAt } from '@renderer/features/customers/stakeholders/grid'

const rect = { left: 100, top: 50, width: 400, height: 200 }

describe('power / interest grid positions', () => {
  it('maps a point to interest (left to right) and power (bottom to top)', () => {
    expect(scoresAt(100, 250, rect)).toEqual({ interest: 0, power: 0 })
    expect(scoresAt(500, 50, rect)).toEqual({ interest: 100, power: 100 })
    expect(scoresAt(400, 100, rect)).toEqual({ interest: 75, power: 75 })
  })

  it('keeps a drop outside the grid on its edge', () => {
    expect(scoresAt(0, 900, rect)).toEqual({ interest: 0, power: 0 })
    expect(scoresAt(999, -40, rect)).toEqual({ interest: 100, power: 100 })
  })

  it('places the marker where a drop at that point would land', () => {
    expect(markerPosition({ interest: 75, power: 20 })).toEqual({ left: '75%', bottom: '20%' })
  })

  it('moves with the arrow keys, in bigger steps with Shift, and stops at the edges', () => {
    const at = { interest: 50, power: 50 }
    expect(nudge(at, 'ArrowRight', false)).toEqual({ interest: 55, power: 50 })
    expect(nudge(at, 'ArrowDown', true)).toEqual({ interest: 50, power: 25 })
    expect(nudge({ interest: 98, power: 3 }, 'ArrowRight', false)).toEqual({ interest: 100, power: 3 })
    expect(nudge({ interest: 98, power: 3 }, 'ArrowDown', false)).toEqual({ interest: 98, power: 0 })
    expect(nudge(at, 'Enter', false)).toBeNull()
  })
})
