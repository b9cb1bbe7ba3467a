/**
 * Cross-team refinement: with several teams on one Product Backlog, the work one team waits for
 * from another is what refinement across teams is for. Teams look at such dependencies together
 * and order, split or move items so each team can finish its work within its Sprint.
 */

export interface RefinementItem {
  id: number
  title: string
  teamId: number | null
}

export interface Link {
  blockerId: number
  blockedId: number
}

/** One dependency of an item: what it waits for, or what waits for it. */
export interface ItemDependency {
  direction: 'blocked-by' | 'blocks'
  other: RefinementItem
  /** Both items have a team, and not the same one. */
  crossTeam: boolean
}

export interface RefinementRow<I extends RefinementItem> {
  item: I
  dependencies: ItemDependency[]
  /** At least one of its dependencies is with another team's item. */
  crossTeam: boolean
}

/** Two items depend across teams when each has a team and they differ; an item without a team is not yet any team's. */
export function crossesTeams(a: RefinementItem, b: RefinementItem): boolean {
  return a.teamId !== null && b.teamId !== null && a.teamId !== b.teamId
}

/**
 * The open items in backlog order, each with its dependencies on other open items (a finished
 * blocker no longer holds anything up), and whether any of them crosses to another team.
 */
export function crossTeamRefinement<I extends RefinementItem>(
  openItems: readonly I[],
  links: readonly Link[]
): RefinementRow<I>[] {
  const byId = new Map(openItems.map((item) => [item.id, item]))
  const rows = new Map(
    openItems.map((item) => [item.id, { item, dependencies: [] as ItemDependency[], crossTeam: false }])
  )
  for (const link of links) {
    const blocker = byId.get(link.blockerId)
    const blocked = byId.get(link.blockedId)
    if (!blocker || !blocked) continue
    const crossTeam = crossesTeams(blocker, blocked)
    rows.get(blocked.id)!.dependencies.push({ direction: 'blocked-by', other: blocker, crossTeam })
    rows.get(blocker.id)!.dependencies.push({ direction: 'blocks', other: blocked, crossTeam })
  }
  return [...rows.values()].map((row) => ({ ...row, crossTeam: row.dependencies.some((d) => d.crossTeam) }))
}
