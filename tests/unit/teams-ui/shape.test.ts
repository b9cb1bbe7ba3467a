import { describe, expect, it } from 'vitest'
import type { FlowData } from '@shared/api/methods/flow'
import type { Team } from '@shared/api/methods/teams'
import { flowDataOfTeam, teamHistories, teamPartRows } from '../../../src/renderer/src/features/flow/shape/teams'
import { allDoneLines, bulkDoneLines, teamNamer } from '../../../src/renderer/src/features/teams/shape'

const team = (id: number, name: string, lines: string[] = []): Team => ({
  id,
  productId: 1,
  name,
  position: id,
  definitionOfDone: lines.map((text, i) => ({ id: id * 100 + i, text, position: i })),
  itemCount: 0,
  sprintCount: 0
})
const teams = [team(1, 'Team Lanes', ['Checked at the pool']), team(2, 'Team Kiosk')]
const productLines = [
  { id: 10, text: 'Reviewed' },
  { id: 11, text: 'Deployed' }
]

describe('Definition of Done lines of teams', () => {
  it('lists the product’s lines, then each team’s additions', () => {
    expect(allDoneLines(productLines, teams)).toEqual([
      { id: 10, text: 'Reviewed', teamId: null },
      { id: 11, text: 'Deployed', teamId: null },
      { id: 100, text: 'Checked at the pool', teamId: 1 }
    ])
  })

  it('confirms in bulk every line that applies to the selected items, and names the teams’ additions', () => {
    expect(bulkDoneLines(productLines, teams, [2, null])).toEqual({ ids: [10, 11], additions: '' })
    expect(bulkDoneLines(productLines, teams, [1, 2, 1])).toEqual({ ids: [10, 11, 100], additions: ', with Team Lanes’s additions: “Checked at the pool”' })
  })

  it('names a team by id, and no team as such', () => {
    const name = teamNamer(teams)
    expect([name(1), name(null), name(9)]).toEqual(['Team Lanes', 'No team', 'Team 9'])
  })
})

const item = (id: number, teamId: number | null, finishedOn: string | null) => ({
  id,
  key: `PB-${id}`,
  title: `Item ${id}`,
  type: 'story' as const,
  estimate: null,
  rank: `a${id}`,
  teamId,
  state: finishedOn ? 'Done' : 'New',
  stateCategory: finishedOn ? ('done' as const) : ('todo' as const),
  arrivedOn: '2026-03-01',
  startedOn: finishedOn ? '2026-03-02' : null,
  finishedOn
})
const calendar = { weekendsOff: false, nonWorkingDays: [] }
const data: FlowData = {
  today: '2026-03-10',
  calendar,
  states: [],
  sle: null,
  items: [item(1, 1, '2026-03-03'), item(2, 2, '2026-03-04'), item(3, 1, null), item(4, null, '2026-03-05')],
  transitions: [
    { itemId: 1, state: 'Done', on: '2026-03-03' },
    { itemId: 2, state: 'Done', on: '2026-03-04' },
    { itemId: 4, state: 'Done', on: '2026-03-05' }
  ]
}

describe('flow by team', () => {
  it('narrows the items and their transitions to one team, or to those without one', () => {
    expect(flowDataOfTeam(data, 'all')).toBe(data)
    const lanes = flowDataOfTeam(data, 1)
    expect(lanes.items.map((i) => i.id)).toEqual([1, 3])
    expect(lanes.transitions.map((t) => t.itemId)).toEqual([1])
    expect(flowDataOfTeam(data, 'none').items.map((i) => i.id)).toEqual([4])
  })

  it('gives each team its own daily throughput on the window and its open items', () => {
    const histories = teamHistories(data.items, teams, { asOf: '2026-03-05', windowDays: 5 }, calendar)
    expect(histories).toEqual([
      { teamId: 1, name: 'Team Lanes', dailyThroughput: [0, 0, 1, 0, 0], openItems: 1 },
      { teamId: 2, name: 'Team Kiosk', dailyThroughput: [0, 0, 0, 1, 0], openItems: 0 }
    ])
  })

  it('says each team’s part of a combined forecast and its own forecast, or why it has none', () => {
    const parts = [
      { teamId: 1, name: 'Team Lanes', perDay: 1.5, share: 0.6 },
      { teamId: 2, name: 'Team Kiosk', perDay: 1, share: 0.4 }
    ]
    const own = {
      ok: true as const,
      question: 'when' as const,
      items: 4,
      trials: 10,
      seed: 1,
      histogram: [{ days: 3, count: 10 }],
      unfinished: 0,
      percentiles: { 50: 3, 70: 3, 85: 3, 95: 3 },
      draws: 30
    }
    const perTeam = [
      { teamId: 1, name: 'Team Lanes', forecast: own, reason: null },
      { teamId: 2, name: 'Team Kiosk', forecast: null, reason: 'Team Kiosk has no open items of its own.' }
    ]
    const rows = teamPartRows(parts, perTeam, { question: 'when', items: 20, startDate: '2026-03-11' }, calendar)
    expect(rows).toEqual([
      { teamId: 1, name: 'Team Lanes', pace: '1.5 items a day', part: '60%, about 12 of the 20 items', own: '4 open items of its own: on or before Fri, 13 Mar 2026 (85%)' },
      { teamId: 2, name: 'Team Kiosk', pace: '1.0 items a day', part: '40%, about 8 of the 20 items', own: 'Team Kiosk has no open items of its own.' }
    ])
  })
})
