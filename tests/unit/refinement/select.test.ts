import { describe, expect, it } from 'vitest'
import type { BacklogItem, WorkflowState } from '@shared/api'
import { itemsToRefine, openItems } from '@renderer/features/refinement/select'

const states = [
  { id: 1, category: 'todo' },
  { id: 2, category: 'done' },
  { id: 3, category: 'removed' }
] as WorkflowState[]

const item = (id: number, extra: Partial<BacklogItem> = {}) =>
  ({
    id,
    type: 'story',
    title: `Item ${id}`,
    stateId: 1,
    estimate: null,
    criteriaCount: 0,
    blockedByCount: 0,
    ready: false,
    ...extra
  }) as BacklogItem

describe('items to refine', () => {
  it('without a Definition of Ready, wants an estimate and criteria, and names what is missing', () => {
    const list = itemsToRefine(
      [
        item(1, { estimate: 3, criteriaCount: 2 }),
        item(2),
        item(3, { stateId: 2 }),
        item(4, { estimate: 13, criteriaCount: 1, blockedByCount: 1 }),
        item(5, { type: 'epic' })
      ],
      states,
      { hasDefinitionOfReady: false, threshold: 8 }
    )
    expect(list.map((r) => [r.item.id, r.position, r.gaps])).toEqual([
      [2, 2, ['no estimate', 'no acceptance criteria']]
    ])
  })

  it('with a Definition of Ready, follows the ready flag and stops at the limit', () => {
    const items = [item(1, { ready: true }), item(2, { estimate: 3, criteriaCount: 1 }), item(3), item(4)]
    const list = itemsToRefine(items, states, { hasDefinitionOfReady: true, threshold: 8, limit: 2 })
    expect(list.map((r) => [r.item.id, r.gaps])).toEqual([
      [2, ['Definition of Ready not met yet']],
      [3, ['no estimate', 'no acceptance criteria']]
    ])
  })
})

describe('open items', () => {
  it('skips finished, removed and epic items, keeping backlog positions', () => {
    const list = openItems(
      [
        item(1, { type: 'epic' }),
        item(2),
        item(3, { stateId: 2 }),
        item(4, { type: 'bug' }),
        item(5, { stateId: 3 }),
        item(6)
      ],
      states
    )
    expect(list.map((r) => [r.item.id, r.position])).toEqual([
      [2, 2],
      [4, 4],
      [6, 6]
    ])
  })
})
