import type { BoardItem } from '@shared/api/methods/ordering'
import {
  QUADRANTS,
  QUADRANT_LABELS,
  QUADRANT_SPLIT,
  WSJF_SCALE,
  type Quadrant,
  type WsjfValue
} from '@shared/domain/ordering/scales'

/**
 * The chart places scores by their step on the scale (1, 2, 3, 5, 8, 13, 20 → steps 1 to 7), so the
 * steps are evenly spaced and small scores do not crowd into a corner.
 */
export const STEPS = WSJF_SCALE.map((_, index) => index + 1)
export const STEP_DOMAIN: [number, number] = [0.5, WSJF_SCALE.length + 0.5]

export function toStep(score: number): number {
  return WSJF_SCALE.indexOf(score as WsjfValue) + 1
}

/** The scale value nearest to a position on the chart, clamped to the scale. */
export function fromStep(position: number): WsjfValue {
  const index = Math.min(WSJF_SCALE.length - 1, Math.max(0, Math.round(position) - 1))
  return WSJF_SCALE[index] as WsjfValue
}

/** One step up or down the scale from a score, staying on it. */
export function stepBy(score: number, delta: number): WsjfValue {
  return fromStep(toStep(score) + delta)
}

/** Where low turns into high, in steps: between the last step at or below the split and the next. */
export const STEP_SPLIT = WSJF_SCALE.filter((v) => v <= QUADRANT_SPLIT).length + 0.5

export interface QuadrantArea {
  quadrant: Quadrant
  label: string
  /** Effort along x. */
  x: [number, number]
  /** Value along y. */
  y: [number, number]
}

const LOW: [number, number] = [STEP_DOMAIN[0], STEP_SPLIT]
const HIGH: [number, number] = [STEP_SPLIT, STEP_DOMAIN[1]]

export const QUADRANT_AREAS: readonly QuadrantArea[] = [
  { quadrant: 'quick-win', label: QUADRANT_LABELS['quick-win'], x: LOW, y: HIGH },
  { quadrant: 'big-bet', label: QUADRANT_LABELS['big-bet'], x: HIGH, y: HIGH },
  { quadrant: 'fill-in', label: QUADRANT_LABELS['fill-in'], x: LOW, y: LOW },
  { quadrant: 'money-pit', label: QUADRANT_LABELS['money-pit'], x: HIGH, y: LOW }
]

/** One item on the chart, which can be dragged or moved with the arrow keys. */
export interface ScatterPoint {
  id: number
  title: string
  value: number
  effort: number
  /** Chart position in steps, nudged apart when several items share the same scores. */
  x: number
  y: number
}

/** Many items with the same value and effort, drawn as one circle with their number. */
export interface ScatterCrowd {
  value: number
  effort: number
  x: number
  y: number
  count: number
}

export interface ScatterMarks {
  points: ScatterPoint[]
  crowds: ScatterCrowd[]
  /** Items with both scores, all of them on the chart one way or the other. */
  placed: number
}

/**
 * Up to this many items sharing a spot are drawn one by one, spread on a small circle; more
 * become one circle with a count, so thousands of items stay a few dozen marks and each remaining
 * dot can still be told apart and dragged.
 */
export const SPREAD_LIMIT = 6
const CLUSTER_RADIUS = 0.2

/** Items with both scores, grouped by their spot on the chart. */
export function scatterMarks(items: readonly BoardItem[]): ScatterMarks {
  const spots = new Map<string, BoardItem[]>()
  for (const item of items) {
    if (item.scores.value === null || item.scores.effort === null) continue
    const key = `${item.scores.value}:${item.scores.effort}`
    const spot = spots.get(key)
    if (spot) spot.push(item)
    else spots.set(key, [item])
  }
  const marks: ScatterMarks = { points: [], crowds: [], placed: 0 }
  for (const spot of spots.values()) {
    const value = spot[0]!.scores.value as number
    const effort = spot[0]!.scores.effort as number
    const x = toStep(effort)
    const y = toStep(value)
    marks.placed += spot.length
    if (spot.length > SPREAD_LIMIT) {
      marks.crowds.push({ value, effort, x, y, count: spot.length })
      continue
    }
    const radius = spot.length > 1 ? CLUSTER_RADIUS : 0
    spot.forEach((item, index) => {
      const angle = (2 * Math.PI * index) / spot.length
      marks.points.push({
        id: item.id,
        title: item.title,
        value,
        effort,
        x: x + radius * Math.cos(angle),
        y: y + radius * Math.sin(angle)
      })
    })
  }
  return marks
}

/** A crowd's radius in pixels grows with the square root of its count, so its area reads as the count. */
export function crowdRadius(count: number, largest: number): number {
  const [smallest, biggest] = [9, 24]
  return smallest + (biggest - smallest) * Math.sqrt(count / Math.max(count, largest))
}

/** The items of each quadrant, best value for effort first (ties keep your order). */
export function quadrantLists(items: readonly BoardItem[]): Record<Quadrant, BoardItem[]> {
  const lists = Object.fromEntries(QUADRANTS.map((q) => [q, [] as BoardItem[]])) as Record<Quadrant, BoardItem[]>
  for (const item of items) if (item.quadrant) lists[item.quadrant].push(item)
  for (const q of QUADRANTS) lists[q].sort((a, b) => (b.valueEffort ?? 0) - (a.valueEffort ?? 0))
  return lists
}
