import { withSource } from '../guides'

/**
 * What affects a team's ability to deliver value, each factor rated 1-5 for how predictable it is
 * and how much it is in the team's control. The ratings place it in one of four quadrants, and each
 * quadrant comes with advice drawn from Scrum's empiricism.
 */

export const RATING_MIN = 1
export const RATING_MAX = 5
export const RATINGS = [1, 2, 3, 4, 5] as const

/**
 * The lowest rating that counts as high. A middling 3 counts as low: empiricism assumes uncertainty
 * until experience shows otherwise, so only a factor rated clearly predictable is planned on.
 */
export const HIGH_FROM = 4

export const PREDICTABILITY_LABELS: Record<number, string> = {
  1: '1: cannot be foreseen',
  2: '2: hard to foresee',
  3: '3: sometimes foreseeable',
  4: '4: mostly foreseeable',
  5: '5: known in advance'
}

export const CONTROL_LABELS: Record<number, string> = {
  1: '1: wholly outside our control',
  2: '2: we can only ask',
  3: '3: we can influence it',
  4: '4: mostly ours to decide',
  5: '5: wholly in our control'
}

/** In the grid's reading order: predictable on top, in our control on the left. */
export const QUADRANTS = ['plan', 'watch', 'steer', 'adapt'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export interface QuadrantInfo {
  title: string
  /** Where it sits on the two axes, in plain words. */
  place: string
  advice: string
}

export const QUADRANT_INFO: Record<Quadrant, QuadrantInfo> = {
  plan: {
    title: 'Plan on it',
    place: 'Predictable, in our control',
    advice: withSource(
      'Rely on it and keep it visible, but still inspect it at the Sprint Review: a factor stays predictable only while the evidence says so',
      'scrum',
      'empiricism'
    )
  },
  steer: {
    title: 'Experiment and steer',
    place: 'Unpredictable, in our control',
    advice: withSource(
      'Take it in small steps: try a change within a Sprint, inspect the result and adapt the next step, rather than planning it far ahead',
      'scrum',
      'empiricism'
    )
  },
  watch: {
    title: 'Make it transparent and agree',
    place: 'Predictable, outside our control',
    advice: withSource(
      'Make it visible to stakeholders, agree on what to expect from those who control it, and check at each Sprint Review that it still holds',
      'scrum',
      'empiricism'
    )
  },
  adapt: {
    title: 'Sense and adapt',
    place: 'Unpredictable, outside our control',
    advice: withSource(
      'Do not plan on it: shorten the feedback loop, inspect often and keep the plan open enough to adapt as soon as it moves',
      'scrum',
      'empiricism'
    )
  }
}

export interface RatedFactor {
  name: string
  predictability: number
  control: number
}

export const isHigh = (rating: number): boolean => rating >= HIGH_FROM

/** The quadrant a factor's two ratings place it in. */
export function quadrantOf(factor: Pick<RatedFactor, 'predictability' | 'control'>): Quadrant {
  const predictable = isHigh(factor.predictability)
  if (isHigh(factor.control)) return predictable ? 'plan' : 'steer'
  return predictable ? 'watch' : 'adapt'
}

/** Quadrants from the one that needs most attention (unpredictable, outside our control) to the least. */
const ATTENTION: readonly Quadrant[] = ['adapt', 'steer', 'watch', 'plan']

/**
 * Factors from the one needing most attention: by quadrant, then least predictable, then least in
 * our control, then by name; the input is left as it is.
 */
export function orderInfluences<F extends RatedFactor>(factors: readonly F[]): F[] {
  return [...factors].sort(
    (a, b) =>
      ATTENTION.indexOf(quadrantOf(a)) - ATTENTION.indexOf(quadrantOf(b)) ||
      a.predictability - b.predictability ||
      a.control - b.control ||
      a.name.localeCompare(b.name)
  )
}

/** Every quadrant with its factors in attention order. */
export function influenceGrid<F extends RatedFactor>(factors: readonly F[]): Record<Quadrant, F[]> {
  const grid = Object.fromEntries(QUADRANTS.map((q) => [q, [] as F[]])) as Record<Quadrant, F[]>
  for (const factor of orderInfluences(factors)) grid[quadrantOf(factor)].push(factor)
  return grid
}
