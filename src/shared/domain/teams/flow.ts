import type { ServiceLevelExpectation } from '../flow/policies'
import { itemsOfTeam, type TeamChoice } from './metrics'

/** A team's own WIP limits (by state id) and SLE. */
export interface TeamPolicies {
  teamId: number
  wipLimits: ReadonlyArray<{ stateId: number; wipLimit: number }>
  sle: ServiceLevelExpectation | null
}

/** The flow history and policies the flow screens read, as far as narrowing to a team touches them. */
export interface TeamFlowSource<
  I extends { id: number; teamId: number | null },
  S extends { id: number; wipLimit: number | null }
> {
  states: readonly S[]
  sle: ServiceLevelExpectation | null
  teamPolicies: readonly TeamPolicies[]
  items: readonly I[]
  transitions: ReadonlyArray<{ itemId: number }>
}

/**
 * The flow of one team's work under that team's own policies: its items and their moves, each state
 * with the team's WIP limit (none where the team set none) and the team's SLE (none until it sets
 * one). "All teams" is the product as it is, with the product's limits and SLE; the work without a
 * team is read against the product's policies too, as a product without teams is one team.
 */
export function flowOfTeam<
  I extends { id: number; teamId: number | null },
  S extends { id: number; wipLimit: number | null },
  D extends TeamFlowSource<I, S>
>(data: D, team: TeamChoice): D {
  if (team === 'all') return data
  const items = itemsOfTeam(data.items, team)
  const ids = new Set(items.map((item) => item.id))
  const narrowed = { ...data, items, transitions: data.transitions.filter((t) => ids.has(t.itemId)) }
  if (team === 'none') return narrowed
  const policies = data.teamPolicies.find((p) => p.teamId === team)
  const limits = new Map((policies?.wipLimits ?? []).map((l) => [l.stateId, l.wipLimit]))
  return {
    ...narrowed,
    states: data.states.map((state) => ({ ...state, wipLimit: limits.get(state.id) ?? null })),
    sle: policies?.sle ?? null
  }
}
