/**
 * How well the top of the backlog serves the active Product Goal. "Top" means the first N open
 * (neither done nor removed) items in the Product Owner's order. N defaults to 20: about two or three Sprints of
 * refined work for a typical team, the part of a DEEP backlog that should already be detailed and
 * where misalignment costs soonest.
 */

export const DEFAULT_TOP_ITEMS = 20

export interface AlignmentInputItem {
  id: number
  title: string
  estimate: number | null
  /** The goal the item serves, if any. */
  goalId: number | null
}

export interface AlignmentInputGoal {
  id: number
  title: string
  status: 'draft' | 'active' | 'achieved' | 'abandoned'
}

export interface PositionedItem extends AlignmentInputItem {
  /** 1-based position among the open items. */
  position: number
}

export interface AlignmentFigures {
  activeGoalId: number | null
  topCount: number
  topServingActive: number
  itemShare: number | null
  topEffort: number
  topEffortServingActive: number
  effortShare: number | null
  topUnestimated: number
  top: PositionedItem[]
  unlinkedItems: PositionedItem[]
  unlinkedCount: number
  /** Ids of draft and active goals that no open item serves. */
  goalsWithoutItems: number[]
  summary: string
}

const percent = (share: number) => `${Math.round(share * 100)}%`

/** `openItems` in backlog order; `unlinkedLimit` caps the listed unlinked items (the count stays exact). */
export function computeAlignment(
  openItems: readonly AlignmentInputItem[],
  goals: readonly AlignmentInputGoal[],
  top = DEFAULT_TOP_ITEMS,
  unlinkedLimit = 200
): AlignmentFigures {
  const positioned = openItems.map((item, index) => ({ ...item, position: index + 1 }))
  const active = goals.find((goal) => goal.status === 'active') ?? null
  const topItems = positioned.slice(0, top)
  const serving = topItems.filter((item) => active !== null && item.goalId === active.id)
  const effortOf = (items: readonly PositionedItem[]) => items.reduce((sum, item) => sum + (item.estimate ?? 0), 0)
  const topEffort = effortOf(topItems)
  const topEffortServingActive = effortOf(serving)
  const itemShare = topItems.length ? serving.length / topItems.length : null
  const effortShare = topEffort > 0 ? topEffortServingActive / topEffort : null
  const unlinked = positioned.filter((item) => item.goalId === null)
  const served = new Set(positioned.map((item) => item.goalId))
  const goalsWithoutItems = goals
    .filter((goal) => (goal.status === 'active' || goal.status === 'draft') && !served.has(goal.id))
    .map((goal) => goal.id)

  let summary: string
  if (!active) summary = 'No Product Goal is active: activate one so the backlog has a direction to align with.'
  else if (itemShare === null) summary = `No open items yet serve “${active.title}”, or any other goal.`
  else {
    summary =
      `${serving.length} of the top ${topItems.length} items (${percent(itemShare)})` +
      (effortShare === null ? '' : ` and ${percent(effortShare)} of their estimated effort`) +
      ` serve “${active.title}”.`
  }
  return {
    activeGoalId: active?.id ?? null,
    topCount: topItems.length,
    topServingActive: serving.length,
    itemShare,
    topEffort,
    topEffortServingActive,
    effortShare,
    topUnestimated: topItems.filter((item) => item.estimate === null).length,
    top: topItems,
    unlinkedItems: unlinked.slice(0, unlinkedLimit),
    unlinkedCount: unlinked.length,
    goalsWithoutItems,
    summary
  }
}
