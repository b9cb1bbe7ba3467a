import { describe, expect, it } from 'vitest'
import { matchItems } from '@renderer/ui/itemPicker/matches'

const items = Array.from({ length: 10_000 }, (_, i) => ({
  id: i + 1,
  label: `${i + 1}. ${i % 2 ? 'Refund' : 'Pay'} by card ${i + 1}`
}))

describe('item picker matches', () => {
  it('keeps the backlog order and shows only the first matches, counting them all', () => {
    const { shown, total } = matchItems(items, 'refund', 3)
    expect(shown.map((i) => i.id)).toEqual([2, 4, 6])
    expect(total).toBe(5000)
  })

  it('needs every word, in any case and order', () => {
    expect(matchItems(items, 'CARD 9999 pay').shown.map((i) => i.id)).toEqual([9999])
    expect(matchItems(items, 'refund 9999').total).toBe(0)
  })

  it('offers the first items for an empty query', () => {
    const { shown, total } = matchItems(items, '  ', 2)
    expect(shown.map((i) => i.id)).toEqual([1, 2])
    expect(total).toBe(10_000)
  })
})
