import { describe, expect, it } from 'vitest'
import { automaticValues } from '@shared/domain/ebm'
import type { FlowItem } from '@shared/domain/flow'

const item = (id: number, arrivedOn: string, startedOn: string | null, finishedOn: string | null): FlowItem => ({
  id,
  arrivedOn,
  startedOn,
  finishedOn,
  state: finishedOn ? 'Done' : 'In progress',
  stateCategory: finishedOn ? 'done' : 'in_progress'
})

// Today is Wednesday 2025-03-12; weeks start on Monday 2025-02-24, 2025-03-03 and 2025-03-10.
const TODAY = '2025-03-12'
const items = [
  item(1, '2025-02-01', '2025-02-24', '2025-02-25'), // cycle 2, lead 25
  item(2, '2025-02-20', '2025-02-24', '2025-02-28'), // cycle 5, lead 9
  item(3, '2025-02-20', '2025-03-10', '2025-03-11'), // cycle 2, lead 20
  item(4, '2025-03-01', '2025-03-05', null),
  item(5, '2024-01-01', '2024-01-02', '2024-01-05') // more than a year ago: outside the window
]

describe('Time-to-Market measures computed from flow data', () => {
  it('counts items finished per week, zero weeks included, the current week marked', () => {
    expect(automaticValues('throughput-weekly', items, TODAY)).toEqual([
      { date: '2025-02-24', value: 2, note: '2 items finished' },
      { date: '2025-03-03', value: 0, note: '0 items finished' },
      { date: '2025-03-10', value: 1, note: '1 item finished; week in progress' }
    ])
  })

  it('takes the 85th percentile of cycle time per week, skipping weeks without finished items', () => {
    expect(automaticValues('cycle-time-85', items, TODAY)).toEqual([
      { date: '2025-02-24', value: 5, note: '85th percentile of 2 items' },
      { date: '2025-03-10', value: 2, note: '85th percentile of 1 item; week in progress' }
    ])
  })

  it('measures lead time from arrival to done', () => {
    expect(automaticValues('lead-time-85', items, TODAY).map((v) => v.value)).toEqual([25, 20])
  })

  it('has no values before anything is finished', () => {
    expect(automaticValues('throughput-weekly', [items[3]!], TODAY)).toEqual([])
    expect(automaticValues('cycle-time-85', [], TODAY)).toEqual([])
  })
})
