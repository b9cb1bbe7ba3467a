import type { ItemType } from '../backlog'

/** How a search narrows the backlog besides its text; every part that is set must hold. */
export interface BacklogFilters {
  types?: ItemType[]
  stateIds?: number[]
  /** Items with any of these labels (names, any case). */
  labels?: string[]
  ready?: boolean
  estimate?: EstimateFilter
  /** Items of any of these teams (ids); 'none' for items no team has. */
  teams?: Array<number | 'none'>
}

export type EstimateFilter = { kind: 'none' } | { kind: 'range'; min?: number; max?: number }

/** Whether the filters narrow anything at all. */
export function hasFilters(filters: BacklogFilters): boolean {
  return (
    (filters.types?.length ?? 0) > 0 ||
    (filters.stateIds?.length ?? 0) > 0 ||
    (filters.labels?.length ?? 0) > 0 ||
    filters.ready !== undefined ||
    filters.estimate !== undefined ||
    (filters.teams?.length ?? 0) > 0
  )
}

/** A short reading of the filters, e.g. for a saved filter's tooltip: "Story, Bug · no estimate". */
export function describeFilters(
  filters: BacklogFilters,
  names: { type: (t: ItemType) => string; state: (id: number) => string; team: (id: number) => string }
): string {
  const parts: string[] = []
  if (filters.types?.length) parts.push(filters.types.map(names.type).join(', '))
  if (filters.stateIds?.length) parts.push(filters.stateIds.map(names.state).join(', '))
  if (filters.teams?.length)
    parts.push(filters.teams.map((team) => (team === 'none' ? 'no team' : names.team(team))).join(' or '))
  if (filters.labels?.length) parts.push(`labelled ${filters.labels.join(' or ')}`)
  if (filters.ready !== undefined) parts.push(filters.ready ? 'ready' : 'not ready')
  const estimate = filters.estimate
  if (estimate?.kind === 'none') parts.push('no estimate')
  if (estimate?.kind === 'range') {
    const { min, max } = estimate
    if (min !== undefined && max !== undefined) parts.push(min === max ? `estimate ${min}` : `estimate ${min}–${max}`)
    else if (min !== undefined) parts.push(`estimate ${min} or more`)
    else if (max !== undefined) parts.push(`estimate ${max} or less`)
    else parts.push('estimated')
  }
  return parts.join(' · ')
}
