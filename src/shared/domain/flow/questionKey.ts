/** What a forecast asked, so saved forecasts of the same question can be lined up over time. */
export type ForecastQuestionOf =
  | { question: 'when'; items: number; throughItemId: number | null; goalId?: number | null }
  | { question: 'how-many'; targetDate: string }

/** Same question, same key: saved forecasts with one key show how that answer moved over time. */
export function forecastQuestionKey(q: ForecastQuestionOf): string {
  if (q.question === 'how-many') return `how-many:by:${q.targetDate}`
  // A goal's items change as the goal is refined; the question stays the same.
  if (q.goalId != null) return `when:goal:${q.goalId}`
  return q.throughItemId !== null ? `when:through:${q.throughItemId}` : `when:items:${q.items}`
}

const THROUGH_KEY = /^when:through:(\d+)$/

/** The item a "down to this item" key names, so an import can point the key at the item's new id. */
export function throughItemOfKey(key: string): number | null {
  const match = THROUGH_KEY.exec(key)
  return match ? Number(match[1]) : null
}

const GOAL_KEY = /^when:goal:(\d+)$/

/** The Product Goal a "the goal's items" key names, so an import can point the key at the goal's new id. */
export function goalOfKey(key: string): number | null {
  const match = GOAL_KEY.exec(key)
  return match ? Number(match[1]) : null
}
