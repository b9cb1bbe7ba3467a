import { describe, expect, it } from 'vitest'
import { itemsOfTeam, teamFlowTable } from '@shared/domain/teams'

const LANES = 1
const KIOSK = 2
const item = (id: number, teamId: number | null, startedOn: string | null, finishedOn: string | null) => ({
  id,
  teamId,
  arrivedOn: '2026-03-01',
  startedOn,
  finishedOn,
  state: finishedOn ? 'Done' : startedOn ? 'In progress' : 'To do',
  stateCategory: (finishedOn ? 'done' : startedOn ? 'in_progress' : 'todo') as 'done' | 'in_progress' | 'todo'
})
const items = [
  item(1, LANES, '2026-03-02', '2026-03-03'),
  item(2, LANES, '2026-03-02', '2026-03-06'),
  item(3, LANES, '2026-03-04', null),
  item(4, KIOSK, '2026-03-03', '2026-03-05'),
  item(5, null, '2026-03-04', '2026-03-04'),
  item(6, null, null, null)
]
const teams = [
  { id: LANES, name: 'Team Lanes' },
  { id: KIOSK, name: 'Team Kiosk' }
]
const sprint = (id: number, teamId: number | null, outcome: 'met' | 'partly' | 'not') => ({
  id,
  name: `Sprint ${id}`,
  endDate: `2026-02-${10 + id}`,
  outcome,
  teamId
})
const sprints = [
  sprint(1, LANES, 'met'),
  sprint(2, LANES, 'met'),
  sprint(3, LANES, 'not'),
  sprint(4, KIOSK, 'partly'),
  sprint(5, null, 'met')
]
const calendar = { weekendsOff: false, nonWorkingDays: [] }
const window = { from: '2026-03-02', to: '2026-03-06' }

describe('itemsOfTeam', () => {
  it('is every item, one team’s, or those without a team', () => {
    expect(itemsOfTeam(items, 'all').map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6])
    expect(itemsOfTeam(items, LANES).map((i) => i.id)).toEqual([1, 2, 3])
    expect(itemsOfTeam(items, 'none').map((i) => i.id)).toEqual([5, 6])
  })
})

describe('teamFlowTable', () => {
  it('gives each team its throughput, cycle time and Sprint Goal statistics over the same window', () => {
    const [lanes, kiosk, none] = teamFlowTable(items, teams, sprints, window, calendar)
    expect(lanes).toMatchObject({ team: LANES, name: 'Team Lanes', finished: 2, perDay: 2 / 5 })
    expect(lanes!.cycleTime).toMatchObject({ 50: 2, 85: 5 })
    expect(lanes!.sprintGoals).toMatchObject({ judged: 3, met: 2, not: 1 })
    expect(kiosk).toMatchObject({ team: KIOSK, finished: 1, cycleTime: { 50: 3 } })
    expect(kiosk!.sprintGoals).toMatchObject({ judged: 1, partly: 1, reliability: 'not-enough-data' })
    // Work no team had still counts, in a row of its own, without Sprint Goals.
    expect(none).toMatchObject({ team: 'none', name: 'No team', finished: 1, sprintGoals: null })
  })

  it('has no row for work without a team when none of it finished in the window', () => {
    const rows = teamFlowTable(
      items.filter((i) => i.teamId !== null),
      teams,
      sprints,
      window,
      calendar
    )
    expect(rows.map((r) => r.team)).toEqual([LANES, KIOSK])
    const idle = teamFlowTable(items, teams, [], { from: '2026-04-01', to: '2026-04-30' }, calendar)
    expect(idle.map((r) => [r.finished, r.perDay, r.cycleTime])).toEqual([
      [0, 0, null],
      [0, 0, null]
    ])
  })
})
