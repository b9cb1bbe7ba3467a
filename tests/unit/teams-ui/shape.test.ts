import { describe, expect, it } from 'vitest'
import type { FlowData } from '@shared/api/methods/flow'
import type { Team } from '@shared/api/methods/teams'
import { flowOfTeam, teamHistories } from '@shared/domain/teams'
import { teamPartRows } from '../../../src/renderer/src/features/flow/shape/teams'
import { allDoneLines, bulkDoneLines, teamNamer } from '../../../src/renderer/src/features/teams/shape'

const team = (id: number, name: string, lines: string[] = []): Team => ({
  id,
  productId: 1,
  name,
  position: id,
  definitionOfDone: lines.map((text, i) => ({ id: id * 100 + i, text, position: i })),
  wipLimits: [],
  sle: null,
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
    expect(bulkDoneLines(productLines, teams, [1, 2, 1])).toEqual({
      ids: [10, 11, 100],
      additions: ', with Team Lanes’s additions: “Checked at the pool”'
    })
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
  states: [
    { id: 1, productId: 1, name: 'New', category: 'todo', position: 0, wipLimit: 5, entryPolicy: '', exitPolicy: '' },
    {
      id: 2,
      productId: 1,
      name: 'In progress',
      category: 'in_progress',
      position: 1,
      wipLimit: 3,
      entryPolicy: 'Pulled',
      exitPolicy: ''
    },
    {
      id: 3,
      productId: 1,
      name: 'Done',
      category: 'done',
      position: 2,
      wipLimit: null,
      entryPolicy: '',
      exitPolicy: ''
    }
  ],
  sle: { percentile: 85, days: 10 },
  teamPolicies: [
    { teamId: 1, wipLimits: [{ stateId: 2, wipLimit: 1 }], sle: { percentile: 80, days: 6 } },
    { teamId: 2, wipLimits: [], sle: null }
  ],
  items: [item(1, 1, '2026-03-03'), item(2, 2, '2026-03-04'), item(3, 1, null), item(4, null, '2026-03-05')],
  transitions: [
    { itemId: 1, state: 'Done', on: '2026-03-03' },
    { itemId: 2, state: 'Done', on: '2026-03-04' },
    { itemId: 4, state: 'Done', on: '2026-03-05' }
  ]
}

describe('flow by team', () => {
  it('narrows the items and their transitions to one team, or to those without one', () => {
    expect(flowOfTeam(data, 'all')).toBe(data)
    const lanes = flowOfTeam(data, 1)
    expect(lanes.items.map((i) => i.id)).toEqual([1, 3])
    expect(lanes.transitions.map((t) => t.itemId)).toEqual([1])
    expect(flowOfTeam(data, 'none').items.map((i) => i.id)).toEqual([4])
  })

  it('reads a team’s work against its own WIP limits and SLE, and the work without a team against the product’s', () => {
    const limits = (d: FlowData) => d.states.map((s) => [s.name, s.wipLimit])
    const lanes = flowOfTeam(data, 1)
    expect(limits(lanes)).toEqual([
      ['New', null],
      ['In progress', 1],
      ['Done', null]
    ])
    expect(lanes.sle).toEqual({ percentile: 80, days: 6 })
    // The policies stay as they are: only the limits change.
    expect(lanes.states[1]!.entryPolicy).toBe('Pulled')
    const kiosk = flowOfTeam(data, 2)
    expect(limits(kiosk)).toEqual([
      ['New', null],
      ['In progress', null],
      ['Done', null]
    ])
    expect(kiosk.sle).toBeNull()
    const none = flowOfTeam(data, 'none')
    expect(limits(none)).toEqual(limits(data))
    expect(none.sle).toEqual(data.sle)
  })

  it('gives each team its own daily throughput and arrivals on the window, and its open items', () => {
    const histories = teamHistories(data.items, teams, { asOf: '2026-03-05', windowDays: 5 }, calendar)
    expect(histories).toEqual([
      {
        teamId: 1,
        name: 'Team Lanes',
        dailyThroughput: [0, 0, 1, 0, 0],
        openItems: 1,
        arrivalsPerDay: [2, 0, 0, 0, 0]
      },
      { teamId: 2, name: 'Team Kiosk', dailyThroughput: [0, 0, 0, 1, 0], openItems: 0, arrivalsPerDay: [1, 0, 0, 0, 0] }
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
      {
        teamId: 1,
        name: 'Team Lanes',
        pace: '1.5 items a day',
        part: '60%, about 12 of the 20 items',
        percent: 60,
        own: '4 open items of its own: on or before Fri, 13 Mar 2026 (85%)'
      },
      {
        teamId: 2,
        name: 'Team Kiosk',
        pace: '1.0 items a day',
        part: '40%, about 8 of the 20 items',
        percent: 40,
        own: 'Team Kiosk has no open items of its own.'
      }
    ])
  })
})
