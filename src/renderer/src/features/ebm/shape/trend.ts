import type { Experiment, Goal } from '@shared/api/methods/ebm'
import { fromDayNumber, parseIsoDay, toDayNumber } from '@shared/domain/flow/dates'
import { formatValue } from '@shared/domain/ebm/format'
import { formatDay } from './format'

export interface TrendPoint {
  /** Days since 1970-01-01: a numeric x axis keeps uneven gaps between readings honest. */
  x: number
  date: string
  value: number
}

/** A horizontal dashed line: the measure's own target or a goal's target on it. */
export interface TrendTargetLine {
  value: number
  label: string
}

/** A vertical marker: the day a goal with a target on this measure is due. */
export interface TrendDateMark {
  x: number
  date: string
  label: string
}

/** The value an experiment expects to see on its date. */
export interface TrendExpectation {
  x: number
  value: number
  label: string
}

export interface TrendChart {
  points: TrendPoint[]
  targets: TrendTargetLine[]
  dateMarks: TrendDateMark[]
  expectations: TrendExpectation[]
  xDomain: [number, number]
  yDomain: [number, number]
  xTicks: number[]
  yTicks: number[]
}

export interface TrendInput {
  measureId: number
  unit: string
  values: readonly { date: string; value: number }[]
  targetValue: number | null
  goals: readonly Goal[]
  experiments: readonly Experiment[]
}

/**
 * Everything the trend chart draws, in chart coordinates. Targets, goal dates and experiment
 * expectations widen the axes so every line and marker stays inside the plot.
 */
export function shapeTrend(input: TrendInput): TrendChart {
  const points = input.values
    .filter((v) => parseIsoDay(v.date) !== null)
    .map((v) => ({ x: toDayNumber(v.date), date: v.date, value: v.value }))
    .sort((a, b) => a.x - b.x)

  const lines: TrendTargetLine[] = []
  if (input.targetValue !== null)
    lines.push({ value: input.targetValue, label: `Target ${formatValue(input.targetValue, input.unit)}` })
  const dateMarks: TrendDateMark[] = []
  for (const goal of input.goals) {
    const goalTargets = goal.targets.filter((t) => t.measureId === input.measureId)
    if (goalTargets.length === 0) continue
    for (const t of goalTargets)
      lines.push({ value: t.target, label: `${goal.title}: ${formatValue(t.target, input.unit)}` })
    if (goal.targetDate && parseIsoDay(goal.targetDate) !== null) {
      dateMarks.push({
        x: toDayNumber(goal.targetDate),
        date: goal.targetDate,
        label: `${goal.title} due ${formatDay(goal.targetDate)}`
      })
    }
  }
  const targets = mergeSameValue(lines)
  const expectations = input.experiments
    .filter((e) => e.measureId === input.measureId && parseIsoDay(e.byDate) !== null)
    .map((e) => ({
      x: toDayNumber(e.byDate),
      value: e.expectedValue,
      label: `${e.title}: expects ${formatValue(e.expectedValue, input.unit)}`
    }))

  const xs = [...points.map((p) => p.x), ...dateMarks.map((m) => m.x), ...expectations.map((e) => e.x)]
  const ys = [...points.map((p) => p.value), ...targets.map((t) => t.value), ...expectations.map((e) => e.value)]
  const xDomain = paddedDayDomain(xs)
  const { domain: yDomain, ticks: yTicks } = niceScale(ys)
  return {
    points,
    targets,
    dateMarks,
    expectations,
    xDomain,
    yDomain,
    xTicks: monthTicks(xDomain[0], xDomain[1]),
    yTicks
  }
}

/** Lines on the same value are drawn once with both labels, so the labels do not print over each other. */
function mergeSameValue(lines: readonly TrendTargetLine[]): TrendTargetLine[] {
  const byValue = new Map<number, string[]>()
  for (const line of lines) byValue.set(line.value, [...(byValue.get(line.value) ?? []), line.label])
  return [...byValue].map(([value, labels]) => ({ value, label: labels.join(' · ') }))
}

/** A week either side of the data so the first and last dots are not cut in half. */
function paddedDayDomain(xs: readonly number[]): [number, number] {
  if (xs.length === 0) return [0, 0]
  const min = Math.min(...xs)
  const max = Math.max(...xs)
  return [min - 7, max + 7]
}

/** First days of months inside the range, thinned so that at most `max` labels share the axis. */
export function monthTicks(from: number, to: number, max = 8): number[] {
  if (to < from) return []
  const months: number[] = []
  const start = fromDayNumber(from)
  let year = Number(start.slice(0, 4))
  let month = Number(start.slice(5, 7))
  for (;;) {
    const first = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`)
    if (first > to) break
    if (first >= from) months.push(first)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  // A range shorter than a month still gets its two ends labelled.
  if (months.length < 2) return [from, to]
  const stride = Math.ceil(months.length / max)
  return months.filter((_, i) => i % stride === 0)
}

/** Round bounds and about five steps of 1, 2 or 5 times a power of ten. */
export function niceScale(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] }
  let min = Math.min(...values)
  let max = Math.max(...values)
  if (min === max) {
    const spread = min === 0 ? 1 : Math.abs(min) * 0.1
    min -= spread
    max += spread
  }
  const step = niceStep((max - min) / 5)
  const low = Math.floor(min / step) * step
  const high = Math.ceil(max / step) * step
  const ticks: number[] = []
  // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toPrecision(12)))
  return { domain: [Number(low.toPrecision(12)), Number(high.toPrecision(12))], ticks }
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * power
}
