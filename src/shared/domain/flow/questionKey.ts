/** What a forecast asked, so saved forecasts of the same question can be lined up over time. */
export type ForecastQuestionOf =
  | { question: 'when'; items: number; throughItemId: number | null }
  | { question: 'how-many'; targetDate: string }

/** Same question, same key: saved forecasts with one key show how that answer moved over time. */
export function forecastQuestionKey(q: ForecastQuestionOf): string {
  if (q.question === 'how-many') return `how-many:by:${q.targetDate}`
  return q.throughItemId !== null ? `when:through:${q.throughItemId}` : `when:items:${q.items}`
}

const THROUGH_KEY = /^when:through:(\d+)$/

/** The item a "down to this item" key names, so an import can point the key at the item's new id. */
export function throughItemOfKey(key: string): number | null {
  const match = THROUGH_KEY.exec(key)
  return match ? Number(match[1]) : null
}
