import { describe, expect, it } from 'vitest'
import { crossTeamRefinement, crossesTeams } from '@shared/domain/teams'

const LANES = 1
const KIOSK = 2
const item = (id: number, teamId: number | null) => ({ id, title: `Item ${id}`, teamId })
const [a, b, c, d, e] = [item(1, LANES), item(2, KIOSK), item(3, LANES), item(4, null), item(5, KIOSK)]

describe('crossesTeams', () => {
  it('holds between two different teams only, never with an item no team has', () => {
    expect(crossesTeams(a, b)).toBe(true)
    expect(crossesTeams(a, c)).toBe(false)
    expect(crossesTeams(a, d)).toBe(false)
  })
})

describe('crossTeamRefinement', () => {
  it('lists every open item in order with what it waits for and what waits for it, marking dependencies across teams', () => {
    const rows = crossTeamRefinement(
      [a, b, c, d],
      [
        { blockerId: 1, blockedId: 2 },
        { blockerId: 1, blockedId: 3 },
        { blockerId: 4, blockedId: 3 }
      ]
    )
    expect(rows.map((r) => [r.item.id, r.crossTeam])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false]
    ])
    expect(rows[0]!.dependencies).toEqual([
      { direction: 'blocks', other: b, crossTeam: true },
      { direction: 'blocks', other: c, crossTeam: false }
    ])
    expect(rows[1]!.dependencies).toEqual([{ direction: 'blocked-by', other: a, crossTeam: true }])
    expect(rows[2]!.dependencies.map((dep) => [dep.direction, dep.other.id])).toEqual([
      ['blocked-by', 1],
      ['blocked-by', 4]
    ])
  })

  it('leaves out links to items that are no longer open, across teams too', () => {
    // Item 5, Team Kiosk's, is done: item 1 waits for nothing any more.
    const rows = crossTeamRefinement(
      [a, c],
      [
        { blockerId: e.id, blockedId: 1 },
        { blockerId: 1, blockedId: 3 }
      ]
    )
    expect(rows.map((r) => r.dependencies.map((dep) => dep.other.id))).toEqual([[3], [1]])
    expect(rows.map((r) => r.crossTeam)).toEqual([false, false])
  })
})
