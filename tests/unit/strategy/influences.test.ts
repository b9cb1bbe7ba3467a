import { describe, expect, it } from 'vitest'
import { allCitations } from '@shared/domain/guides'
import {
  CONTROL_LABELS,
  PREDICTABILITY_LABELS,
  QUADRANTS,
  QUADRANT_INFO,
  RATINGS,
  influenceGrid,
  orderInfluences,
  quadrantOf
} from '@shared/domain/strategy'

const factor = (name: string, predictability: number, control: number) => ({ name, predictability, control })

describe('influences on delivering value', () => {
  it('places a factor in a quadrant: 4 and 5 count as predictable or in our control, 3 and below do not', () => {
    expect(quadrantOf(factor('Release pipeline', 5, 5))).toBe('plan')
    expect(quadrantOf(factor('Pool opening hours', 4, 3))).toBe('watch')
    expect(quadrantOf(factor('Parents taking to lessons', 3, 4))).toBe('steer')
    expect(quadrantOf(factor('Council budget', 1, 1))).toBe('adapt')
    expect(quadrantOf(factor('Middling', 3, 3))).toBe('adapt')
  })

  it('orders factors from the one needing most attention, and leaves the list it was given alone', () => {
    const given = [
      factor('Release pipeline', 5, 5),
      factor('Opening hours', 5, 2),
      factor('Lesson uptake', 2, 4),
      factor('Budget', 2, 1),
      factor('Lane data', 1, 2),
      factor('Another budget', 2, 1)
    ]
    const copy = [...given]
    expect(orderInfluences(given).map((f) => f.name)).toEqual([
      'Lane data',
      'Another budget',
      'Budget',
      'Lesson uptake',
      'Opening hours',
      'Release pipeline'
    ])
    expect(given).toEqual(copy)
  })

  it('fills the grid quadrant by quadrant, empty quadrants included', () => {
    const grid = influenceGrid([factor('Budget', 2, 1), factor('Lane data', 1, 2), factor('Release pipeline', 5, 5)])
    expect(Object.keys(grid)).toEqual([...QUADRANTS])
    expect(grid.adapt.map((f) => f.name)).toEqual(['Lane data', 'Budget'])
    expect(grid.plan.map((f) => f.name)).toEqual(['Release pipeline'])
    expect(grid.watch).toEqual([])
    expect(grid.steer).toEqual([])
  })

  it('gives every quadrant advice that names the Scrum Guide’s section on empiricism, and every rating a label', () => {
    for (const quadrant of QUADRANTS) {
      const { advice } = QUADRANT_INFO[quadrant]
      expect(advice).toContain('Scrum Guide 2020, “Scrum Theory”')
      expect(allCitations().some((citation) => advice.includes(citation))).toBe(true)
    }
    for (const rating of RATINGS) {
      expect(PREDICTABILITY_LABELS[rating]).toMatch(new RegExp(`^${rating}: `))
      expect(CONTROL_LABELS[rating]).toMatch(new RegExp(`^${rating}: `))
    }
  })
})
