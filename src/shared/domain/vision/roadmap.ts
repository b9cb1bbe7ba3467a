/** The Now / Next / Later board places goals, not features, in three horizons. */
export const ROADMAP_COLUMNS = ['now', 'next', 'later'] as const
export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number]

export const ROADMAP_COLUMN_LABELS: Record<RoadmapColumn, string> = { now: 'Now', next: 'Next', later: 'Later' }

/** A goal-oriented roadmap row lists three to five features; fewer or more is allowed but flagged. */
export const GO_FEATURES_MIN = 3
export const GO_FEATURES_MAX = 5
