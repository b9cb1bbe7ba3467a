import { formatCount } from '../format'
import { countWorkingDays, forecastStart, workingDayToDate, type WorkingCalendar } from './calendar'
import { forecastHowMany, probabilityAtLeast, type HowManyForecast, type Refusal } from './monteCarlo'

/** An item of the ordered backlog; `size` is in the unit of the throughput (1 item unless told). */
export interface BacklogEntry {
  id: number
  size?: number
}

/** Colour bands of the cut line: at least 85% likely, at least 50% possible, below that unlikely. */
export type CutLineBand = 'likely' | 'possible' | 'unlikely'
export const LIKELY_FROM = 0.85
export const POSSIBLE_FROM = 0.5

export interface CutLineRow {
  id: number
  /** Work up to and including this item, in backlog order. */
  cumulative: number
  /** Probability that this item is done by the target: P(how many finished >= cumulative). */
  probability: number
  band: CutLineBand
}

export function bandOf(probability: number): CutLineBand {
  return probability >= LIKELY_FROM ? 'likely' : probability >= POSSIBLE_FROM ? 'possible' : 'unlikely'
}

/**
 * The cut line: for each item in backlog order, the probability it is done by the target, read
 * from a "how many" forecast over the working days until the target. The k-th item is done when at
 * least the work of items 1..k is, so probabilities never rise going down the backlog.
 */
export function cutLine(backlog: readonly BacklogEntry[], forecast: HowManyForecast): CutLineRow[] {
  let cumulative = 0
  return backlog.map(({ id, size = 1 }) => {
    cumulative += Math.max(0, size)
    // Throughput counts whole items: needing 2.5 means needing 3.
    const probability = probabilityAtLeast(forecast, Math.ceil(cumulative - 1e-9))
    return { id, cumulative, probability, band: bandOf(probability) }
  })
}

export interface CutLineByDateInput {
  backlog: readonly BacklogEntry[]
  dailyThroughput: readonly number[]
  calendar: WorkingCalendar
  /** The forecast is made at the end of this day; it covers the working days after it up to the target. */
  asOf: string
  target: string
  trials: number
  seed: number
}

export interface CutLineByDate {
  ok: true
  workingDays: number
  forecast: HowManyForecast
  rows: CutLineRow[]
}

/** The cut line for a target date: counts the working days to the target and runs the forecast. */
export function cutLineByDate(input: CutLineByDateInput): CutLineByDate | Refusal {
  const workingDays = countWorkingDays(input.calendar, forecastStart(input.asOf), input.target)
  const forecast = forecastHowMany({
    dailyThroughput: input.dailyThroughput,
    days: workingDays,
    trials: input.trials,
    seed: input.seed
  })
  if (!forecast.ok) return forecast
  return { ok: true, workingDays, forecast, rows: cutLine(input.backlog, forecast) }
}

export interface VelocityPlanInput {
  /** Backlog order; null points: not estimated yet. */
  backlog: readonly { id: number; points: number | null }[]
  /** Points completed in past Sprints, oldest first. */
  completedPointsPerSprint: readonly number[]
  /** How many of the latest Sprints to average (default 3). */
  sprintsToAverage?: number
  sprintLengthWorkingDays: number
  /** The first day of the first Sprint to plan. */
  firstSprintStart: string
  calendar: WorkingCalendar
}

export interface PlannedSprint {
  number: number
  start: string
  end: string
  itemIds: number[]
  points: number
}

export interface VelocityPlan {
  ok: true
  velocity: number
  sprints: PlannedSprint[]
  items: { id: number; sprint: number; sprintEnd: string }[]
  /** What the plan takes for granted, worded for stakeholders, to set beside the flow forecast. */
  assumptions: string[]
}

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * The classic velocity plan: average points per Sprint, and each item lands in the Sprint where
 * the running total of points reaches it. Shown beside the cut line so the two can be compared.
 */
export function velocityPlan(input: VelocityPlanInput): VelocityPlan | Refusal {
  const averaged = input.completedPointsPerSprint.slice(-(input.sprintsToAverage ?? 3))
  if (averaged.length === 0)
    return { ok: false, reason: 'A velocity plan needs the points completed in at least one past Sprint.' }
  const velocity = averaged.reduce((a, b) => a + b, 0) / averaged.length
  if (!(velocity > 0))
    return { ok: false, reason: 'The recent Sprints completed no points, so velocity cannot place any item.' }
  const length = input.sprintLengthWorkingDays
  if (!Number.isInteger(length) || length < 1)
    return { ok: false, reason: 'A Sprint must last at least one working day.' }

  const estimated = input.backlog.flatMap((item) => (item.points === null ? [] : [item.points]))
  const unestimated = input.backlog.length - estimated.length
  if (unestimated > 0 && estimated.length === 0) {
    return { ok: false, reason: 'None of these items is estimated, so a velocity plan cannot place them.' }
  }
  const fallback = unestimated > 0 ? estimated.reduce((a, b) => a + b, 0) / estimated.length : 0

  const sprints: PlannedSprint[] = []
  const sprintAt = (number: number): PlannedSprint => {
    while (sprints.length < number) {
      const n = sprints.length + 1
      const start = workingDayToDate(input.calendar, input.firstSprintStart, (n - 1) * length + 1)
      sprints.push({ number: n, start, end: workingDayToDate(input.calendar, start, length), itemIds: [], points: 0 })
    }
    return sprints[number - 1]!
  }
  let cumulative = 0
  const items = input.backlog.map((item) => {
    const points = item.points ?? fallback
    cumulative += points
    // The slack keeps float sums such as 0.1 + 0.2 from spilling into the next Sprint.
    const sprint = sprintAt(Math.max(1, Math.ceil(cumulative / velocity - 1e-9)))
    sprint.itemIds.push(item.id)
    sprint.points += points
    return { id: item.id, sprint: sprint.number, sprintEnd: sprint.end }
  })

  const assumptions = [
    `Velocity is ${round1(velocity)} points per Sprint: the average of the last ${formatCount(averaged.length, 'Sprint')} (${averaged.join(', ')}).`,
    `Every Sprint lasts ${length} working days and the team's capacity stays as it was.`,
    'The estimates are right and items are done in backlog order, one after another.',
    'Nothing new is added above these items, and none of them grows or splits.',
    'Every item placed in a Sprint is done by the end of that Sprint.'
  ]
  if (unestimated > 0) {
    assumptions.push(
      unestimated === 1
        ? `1 unestimated item is counted as ${round1(fallback)} points (the average estimate).`
        : `${formatCount(unestimated, 'unestimated item')} are counted as ${round1(fallback)} points each (the average estimate).`
    )
  }
  return { ok: true, velocity, sprints, items, assumptions }
}
