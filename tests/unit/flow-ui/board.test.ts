import { describe, expect, it } from 'vitest'
import type { FlowItem } from '@shared/api/methods/flow'
import { boardView } from '../../../src/renderer/src/features/flow/shape/board'
import { workflowState } from '../helpers/workflow-state'

const STATES = [
  workflowState(1, 'Ready', 'todo'),
  workflowState(2, 'In progress', 'in_progress', 2, 'Someone pulls it.', 'Merged.'),
  workflowState(3, 'In review', 'in_progress', 2),
  workflowState(4, 'Done', 'done')
]

function item(id: number, stateName: string, startedOn: string | null, finishedOn: string | null = null): FlowItem {
  const category = STATES.find((s) => s.name === stateName)!.category
  return {
    id,
    key: `PB-${id}`,
    title: `Item ${id}`,
    type: 'story',
    estimate: null,
    rank: `a${id}`,
    teamId: null,
    state: stateName,
    stateCategory: category,
    arrivedOn: '2025-03-01',
    startedOn,
    finishedOn
  }
}

const ITEMS = [
  item(1, 'In progress', '2025-03-03'),
  item(2, 'Ready', null),
  item(3, 'In progress', '2025-03-10'),
  item(4, 'Done', '2025-03-01', '2025-03-04'),
  item(5, 'In progress', '2025-03-11'),
  item(6, 'Done', '2025-03-02', '2025-03-09'),
  item(7, 'In review', '2025-03-05')
]

describe('the board', () => {
  it('shows each state as a column with its count against its limit, a warning in words when over, and its policies', () => {
    const board = boardView({ states: STATES, items: ITEMS, today: '2025-03-12', sle: null })
    expect(board.columns.map((c) => [c.name, c.countText, c.countLabel, c.excess])).toEqual([
      ['Ready', '1', '1 item', 0],
      ['In progress', '3 of 2', '3 items, WIP limit 2', 1],
      ['In review', '1 of 2', '1 item, WIP limit 2', 0],
      ['Done', '2', '2 items', 0]
    ])
    const inProgress = board.columns[1]!
    expect(inProgress.warning).toBe(
      'Over its WIP limit by 1: finish or unblock work here before pulling more in (Kanban Guide 2020, “Actively Managing Items in a Workflow”).'
    )
    expect([inProgress.entryPolicy, inProgress.exitPolicy]).toEqual(['Someone pulls it.', 'Merged.'])
    expect(board.columns.filter((c) => c.warning !== null)).toHaveLength(1)
    expect(board.alert).toBe(
      'In progress holds 3 against a limit of 2. Stop starting, start finishing (Kanban Guide 2020, “Actively Managing Items in a Workflow”).'
    )
  })

  it('lists open items in backlog order with their age, and finished ones latest first without one', () => {
    const board = boardView({ states: STATES, items: ITEMS, today: '2025-03-12', sle: null })
    expect(board.columns[1]!.cards).toEqual([
      { id: 1, key: 'PB-1', title: 'Item 1', ageDays: 10, pastSle: false },
      { id: 3, key: 'PB-3', title: 'Item 3', ageDays: 3, pastSle: false },
      { id: 5, key: 'PB-5', title: 'Item 5', ageDays: 2, pastSle: false }
    ])
    expect(board.columns[3]!.cards.map((c) => [c.id, c.ageDays])).toEqual([
      [6, null],
      [4, null]
    ])
    expect(board.columns[0]!.cards[0]!.ageDays).toBeNull()
  })

  it('marks cards older than the team’s SLE, draws only the first few of a long column and counts the rest', () => {
    const board = boardView({ states: STATES, items: ITEMS, today: '2025-03-12', sle: { percentile: 85, days: 7 } }, 2)
    expect(board.columns[1]!.cards.map((c) => [c.id, c.pastSle])).toEqual([
      [1, true],
      [3, false]
    ])
    expect(board.columns[1]!.hidden).toBe(1)
    // #7 is 8 days old in review.
    expect(board.columns[2]!.cards[0]).toMatchObject({ id: 7, ageDays: 8, pastSle: true })
  })

  it('raises no alert when every state is within its limit, and shows empty columns', () => {
    const board = boardView({ states: STATES, items: ITEMS.filter((i) => i.id !== 5), today: '2025-03-12', sle: null })
    expect(board.alert).toBeNull()
    expect(board.columns.map((c) => c.warning)).toEqual([null, null, null, null])
    expect(
      boardView({ states: STATES, items: [], today: '2025-03-12', sle: null }).columns.every(
        (c) => c.count === 0 && c.cards.length === 0
      )
    ).toBe(true)
  })
})
