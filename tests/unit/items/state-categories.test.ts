import { describe, expect, it } from 'vitest'
import {
  isDoneCategory,
  isOpenCategory,
  isRemovedCategory,
  OPEN_CATEGORIES,
  STATE_CATEGORIES,
  STATE_CATEGORY_LABELS
} from '@shared/domain/backlog'

describe('state categories', () => {
  it('puts every category in exactly one of open, done and removed', () => {
    const kinds = STATE_CATEGORIES.map((c) => [c, [isOpenCategory(c), isDoneCategory(c), isRemovedCategory(c)]])
    expect(kinds).toEqual([
      ['todo', [true, false, false]],
      ['in_progress', [true, false, false]],
      ['done', [false, true, false]],
      ['removed', [false, false, true]]
    ])
    expect(STATE_CATEGORIES.filter(isOpenCategory)).toEqual([...OPEN_CATEGORIES])
  })

  it('labels removed as neither done nor open', () => {
    expect(STATE_CATEGORY_LABELS.removed).toBe('Removed (neither done nor open)')
  })
})
