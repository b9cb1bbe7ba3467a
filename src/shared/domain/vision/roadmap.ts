/** The Now / Next / Later board places goals, not features, in three horizons. */
export const ROADMAP_COLUMNS = ['now', 'next', 'later'] as const
export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number]

export const ROADMAP_COLUMN_LABELS: Record<RoadmapColumn, string> = { now: 'Now', next: 'Next', later: 'Later' }

/** A goal-oriented roadmap row lists three to five features; fewer or more is allowed but flagged. */
export const GO_FEATURES_MIN = 3
export const GO_FEATURES_MAX = 5

/** Gentle checks for a goal-oriented roadmap row. */
export function roadmapRowWarnings(row: {
  timeframe: string
  goal: string
  features: readonly string[]
  metrics: string
}): string[] {
  const warnings: string[] = []
  if (!row.goal.trim()) warnings.push('Add the goal: a GO roadmap is about the benefit, not the features.')
  if (row.features.length < GO_FEATURES_MIN)
    warnings.push(`List ${GO_FEATURES_MIN} to ${GO_FEATURES_MAX} features that reach the goal.`)
  if (row.features.length > GO_FEATURES_MAX)
    warnings.push(`${row.features.length} features is a lot: keep the ${GO_FEATURES_MAX} that matter most.`)
  if (!row.metrics.trim()) warnings.push('Add a metric that tells whether the goal was met.')
  if (!row.timeframe.trim()) warnings.push('Add a timeframe, e.g. a quarter or a month.')
  return warnings
}

/** A goal sits in at most one column; returns the first goal id that appears twice, or null. */
export function duplicateOnBoard(board: Record<RoadmapColumn, readonly number[]>): number | null {
  const seen = new Set<number>()
  for (const column of ROADMAP_COLUMNS) {
    for (const id of board[column]) {
      if (seen.has(id)) return id
      seen.add(id)
    }
  }
  return null
}
