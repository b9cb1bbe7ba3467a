import { describe, expect, it } from 'vitest'
import type { BacklogItem } from '@shared/api'
import type { StoryMap } from '@shared/api/methods/storymap'
import { buildGrid, cellKey, parseCellKey, withPlacement } from '@renderer/features/storymap/grid'

const item = (id: number, type: BacklogItem['type'] = 'story') => ({ id, type, title: `Item ${id}` }) as BacklogItem

const map: StoryMap = {
  productId: 1,
  activities: [
    {
      id: 1,
      name: 'Find',
      steps: [
        { id: 10, name: 'Browse' },
        { id: 11, name: 'Filter' }
      ]
    },
    { id: 2, name: 'Pay', steps: [] }
  ],
  slices: [{ id: 5, name: 'Release 1' }],
  placements: [
    { itemId: 3, stepId: 10, sliceId: 5 },
    { itemId: 1, stepId: 10, sliceId: 5 },
    { itemId: 2, stepId: 11, sliceId: null }
  ]
}

describe('story map grid', () => {
  it('gives each step a column and an activity without steps one too', () => {
    expect(buildGrid(map, []).columns.map((c) => [c.activityName, c.step?.name ?? null])).toEqual([
      ['Find', 'Browse'],
      ['Find', 'Filter'],
      ['Pay', null]
    ])
  })

  it('keeps backlog order inside a cell and lists open unplaced stories, not epics, features or finished ones', () => {
    const finished = { ...item(8), stateId: 9 }
    const grid = buildGrid(
      map,
      [item(3), item(1), item(2), item(4), item(6, 'epic'), item(7, 'bug'), finished],
      [{ id: 9, category: 'done' }]
    )
    expect(grid.cells.get('10:5')?.map((i) => i.id)).toEqual([3, 1])
    expect(grid.cells.get('11:none')?.map((i) => i.id)).toEqual([2])
    expect(grid.unplaced.map((i) => i.id)).toEqual([4, 7])
  })

  it('leaves removed stories off the map, placed or not', () => {
    const states = [
      { id: 1, category: 'todo' as const },
      { id: 9, category: 'removed' as const }
    ]
    const dropped = (id: number) => ({ ...item(id), stateId: 9 })
    const grid = buildGrid(
      map,
      [dropped(3), { ...item(1), stateId: 1 }, { ...item(4), stateId: 1 }, dropped(5)],
      states
    )
    expect(grid.cells.get('10:5')?.map((i) => i.id)).toEqual([1])
    expect(grid.unplaced.map((i) => i.id)).toEqual([4])
  })

  it('moves one story and reads cell keys back', () => {
    expect(withPlacement(map, 2, { stepId: 10, sliceId: 5 }).placements).toContainEqual({
      itemId: 2,
      stepId: 10,
      sliceId: 5
    })
    expect(withPlacement(map, 2, null).placements.map((p) => p.itemId)).toEqual([3, 1])
    expect(parseCellKey(cellKey({ stepId: 11, sliceId: null }))).toEqual({ stepId: 11, sliceId: null })
    expect(parseCellKey('off-map')).toBeNull()
  })
})
