import { describe, expect, it } from 'vitest'
import {
  findingItems,
  itemHref,
  itemLabel,
  ITEMS_SHOWN,
  scoreText
} from '../../../src/renderer/src/features/health/shape'

const items = Array.from({ length: 10 }, (_, i) => ({
  id: i + 1,
  title: `Item ${i + 1}`,
  position: i + 1,
  removed: false
}))
const finding = (ids: number[], itemCount = ids.length) => ({
  rule: 'r',
  severity: 'attention' as const,
  evidence: '',
  nextStep: '',
  source: '',
  itemIds: ids,
  itemCount
})

describe('health view shaping', () => {
  it('lists the first items of a finding, with the rest behind "Show all"', () => {
    const ids = items.map((i) => i.id)
    const short = findingItems(finding(ids, 60), items, false)
    expect(short.shown.map((i) => i.id)).toEqual(ids.slice(0, ITEMS_SHOWN))
    expect(short.hidden).toBe(10 - ITEMS_SHOWN)
    expect(short.unlisted).toBe(50)
    const all = findingItems(finding(ids, 60), items, true)
    expect(all.shown).toHaveLength(10)
    expect(all.hidden).toBe(0)
  })

  it('folds the items of a finding that only informs', () => {
    const info = { ...finding([1, 2, 3]), severity: 'info' as const }
    expect(findingItems(info, items, false)).toMatchObject({ shown: [], hidden: 3 })
    expect(findingItems(info, items, true).shown).toHaveLength(3)
  })

  it('labels items by place, and says when one is done or removed', () => {
    expect(itemLabel({ id: 3, title: 'Pay', position: 3, removed: false })).toBe('#3 Pay')
    expect(itemLabel({ id: 3, title: 'Pay', position: null, removed: false })).toBe('Pay (done)')
    expect(itemLabel({ id: 3, title: 'Pay', position: null, removed: true })).toBe('Pay (removed)')
  })

  it('links to the item in the Backlog view and shows a dash for no score', () => {
    expect(itemHref(42)).toBe('~/backlog?item=42')
    expect(scoreText(null)).toBe('–')
    expect(scoreText(67)).toBe('67')
  })
})
