import { describe, expect, it } from 'vitest'
import { dragAnnouncements, dragInstructions } from '../../../src/renderer/src/ui/dragAnnouncements'

const titles = new Map([
  [3, 'Search by tag'],
  [7, 'Export to CSV']
])
const positions = new Map([
  [3, 3],
  [7, 5]
])
const announce = dragAnnouncements({
  item: (id) => `‘${titles.get(Number(id))}’`,
  place: (id) => `position ${positions.get(Number(id))} of 120`
})
const node = (id: number) => ({ id })
const over = node

describe('drag announcements', () => {
  it('name the item by its title and its place, never by ids', () => {
    expect(announce.onDragStart({ active: node(3) })).toBe('Picked up ‘Search by tag’, position 3 of 120.')
    expect(announce.onDragOver({ active: node(3), over: over(7) })).toBe('‘Search by tag’ is over position 5 of 120.')
    expect(announce.onDragEnd({ active: node(3), over: over(7) })).toBe('Dropped ‘Search by tag’ at position 5 of 120.')
    expect(announce.onDragCancel({ active: node(3), over: null })).toBe(
      'Moving ‘Search by tag’ was cancelled; it stays at position 3 of 120.'
    )
  })

  it('say where the item stays when it is dropped outside, and how to move it without a pointer', () => {
    expect(announce.onDragEnd({ active: node(3), over: null })).toBe(
      '‘Search by tag’ was dropped outside the list and stays at position 3 of 120.'
    )
    expect(dragInstructions('Press Alt+Up.').draggable).toBe('Drag with a pointer to move it. Press Alt+Up.')
  })
})
