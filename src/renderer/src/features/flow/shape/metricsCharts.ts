import {
  agingPastSle,
  agingWip,
  arrivalsAndDepartures,
  breachDays,
  cycleTimePercentiles,
  cycleTimes,
  dailyThroughput,
  lastDays,
  PERCENTILE_LEVELS,
  sleAttainment,
  sleText,
  suggestedSle,
  toDayNumber,
  weeklyThroughput,
  wipBreaches,
  wipPerState,
  type ArrivalsDepartures,
  type CycleTimePoint,
  type DayWindow,
  type FlowHistory,
  type FlowItem,
  type PercentileLevel,
  type Percentiles,
  type ServiceLevelExpectation,
  type SleAttainment,
  type WipBreach
} from '@shared/domain/flow'
import { formatDay, formatShortDay, formatCount } from './format'
import { formatNumber } from '@shared/domain/format'

/** What the charts need to know about an item besides its flow dates. */
export type TitledFlowItem = FlowItem & { title: string; key: string }

export type Granularity = 'day' | 'week'

/** History windows offered on the metrics page, in calendar days. */
export const METRICS_WINDOWS = [30, 60, 90, 180, 365] as const
export const DEFAULT_WINDOW_DAYS = 90

export function metricsWindow(today: string, days: number): DayWindow {
  return lastDays(today, days)
}

export function finishedInWindow(items: readonly FlowItem[], window: DayWindow): number {
  return items.filter((i) => i.finishedOn !== null && i.finishedOn >= window.from && i.finishedOn <= window.to).length
}

export interface ThroughputPoint {
  period: string
  label: string
  count: number
  /** A week only partly inside the window: its count is not comparable with full weeks. */
  partial: boolean
}

/** The throughput run chart: items finished per calendar day or per Monday-to-Sunday week. */
export function throughputRun(
  items: readonly FlowItem[],
  window: DayWindow,
  granularity: Granularity
): ThroughputPoint[] {
  if (granularity === 'day') {
    return dailyThroughput(items, window).map((d) => ({
      period: d.day,
      label: formatShortDay(d.day),
      count: d.count,
      partial: false
    }))
  }
  return weeklyThroughput(items, window).map((w) => ({
    period: w.weekStart,
    label: formatShortDay(w.weekStart),
    count: w.count,
    partial: w.daysInWindow < 7
  }))
}

export function averageThroughput(points: readonly ThroughputPoint[]): number {
  const full = points.filter((p) => !p.partial)
  return full.length ? full.reduce((sum, p) => sum + p.count, 0) / full.length : 0
}

/** Every item finished on one day after the same number of days: one dot, however many items it holds. */
export interface ScatterPoint {
  /** Finish day as a day number, so the axis is a real time scale. */
  x: number
  y: number
  finishedOn: string
  /** How many items the dot stands for; its area grows with it. */
  count: number
  /** The first few of those items, for the tooltip. */
  items: Array<{ id: number; key: string; title: string }>
}

/** Items named in a dot's tooltip; the rest are counted. */
export const NAMED_PER_DOT = 5

/** A horizontal Service Level Expectation line on the cycle-time and aging charts. */
export interface SleLine {
  key: 'team' | 'history'
  days: number
  /** Short, on the line itself. */
  label: string
  /** In full, in the legend. */
  legend: string
}

export interface SleReading {
  /** The SLE the team chose; null until it chooses one. */
  team: ServiceLevelExpectation | null
  /** The one the window's finished items suggest, at the team's percentage (85% until it chooses). */
  history: ServiceLevelExpectation | null
  /** Both lines, the team's first. */
  lines: SleLine[]
}

/**
 * The team's SLE beside the one history suggests at the same percentage, so the team sees whether
 * what it expects matches what it has done.
 */
export function sleReading(points: readonly CycleTimePoint[], team: ServiceLevelExpectation | null): SleReading {
  const history = suggestedSle(points, team?.percentile ?? 85)
  const lines: SleLine[] = []
  if (team)
    lines.push({
      key: 'team',
      days: team.days,
      label: `Team SLE: ${team.days} d`,
      legend: `Team SLE: ${sleText(team)}`
    })
  if (history)
    lines.push({
      key: 'history',
      days: history.days,
      label: `History ${history.percentile}%: ${history.days} d`,
      legend: `History suggests: ${sleText(history)}`
    })
  return { team, history, lines }
}

export interface CycleTimeScatter extends SleReading {
  /** One per day and cycle time, so thousands of finished items stay a chart SVG can draw. */
  points: ScatterPoint[]
  percentiles: Percentiles | null
  /** The Service Level Expectation the history suggests in words, or null without finished items. */
  sle: string | null
  /** How the window's finished items kept to the team's SLE, in words; null without one or without finished items. */
  attainment: string | null
}

/** Names its window: other screens (EBM's weekly cycle time) read other windows of the same history. */
export function sleSentence(days: number, window: DayWindow): string {
  return `85% of items finish in ${formatCount(days, 'day')} or less. Window: items finished ${formatShortDay(window.from)} to ${formatDay(window.to)}.`
}

/** "36 of the 40 items finished (90%) took 10 days or less: the SLE of 85% held." */
export function attainmentSentence(attainment: SleAttainment, sle: ServiceLevelExpectation): string | null {
  if (attainment.percent === null) return null
  const verdict = attainment.met
    ? `the SLE of ${sle.percentile}% held`
    : `short of the ${sle.percentile}% the SLE expects`
  return `${formatNumber(attainment.within)} of the ${formatCount(attainment.finished, 'item')} finished (${attainment.percent}%) took ${formatCount(sle.days, 'day')} or less: ${verdict}.`
}

export function cycleTimeScatter(
  items: readonly TitledFlowItem[],
  window: DayWindow,
  team: ServiceLevelExpectation | null = null
): CycleTimeScatter {
  const named = new Map(items.map((i) => [i.id, i]))
  const points = cycleTimes(items, window)
  const percentiles = cycleTimePercentiles(points)
  const dots = new Map<string, ScatterPoint>()
  for (const p of points) {
    const key = `${p.finishedOn}:${p.days}`
    const dot = dots.get(key) ?? {
      x: toDayNumber(p.finishedOn),
      y: p.days,
      finishedOn: p.finishedOn,
      count: 0,
      items: []
    }
    dot.count += 1
    if (dot.items.length < NAMED_PER_DOT)
      dot.items.push({ id: p.id, key: named.get(p.id)?.key ?? '', title: named.get(p.id)?.title ?? '' })
    dots.set(key, dot)
  }
  return {
    points: [...dots.values()],
    percentiles,
    sle: percentiles ? sleSentence(percentiles[85], window) : null,
    ...sleReading(points, team),
    attainment: team ? attainmentSentence(sleAttainment(points, team), team) : null
  }
}

export interface AgingPoint {
  /** Column index plus a small offset so items of the same age stay visible side by side. */
  x: number
  y: number
  id: number
  key: string
  title: string
  state: string
  beyond: PercentileLevel | null
  /** Older than the team's SLE, or than the history's when the team has none: it cannot finish within it any more. */
  late: boolean
}

export interface AgingChart extends SleReading {
  states: string[]
  points: AgingPoint[]
  percentiles: Percentiles | null
  /** The top of the y axis: the oldest item, the 95th percentile or an SLE line, whichever is highest. */
  maxY: number
  /** What `late` is measured against, in words ("the team's SLE (10 days)"); null without either SLE. */
  lateAgainst: string | null
}

const SPREAD = [0, -0.18, 0.18, -0.32, 0.32]

/**
 * Aging WIP: one column per in-progress state in workflow order, one dot per started, unfinished
 * item at its age, against the cycle-time percentiles of the window's finished items and the SLEs.
 */
export function agingChart(
  items: readonly TitledFlowItem[],
  inProgressStates: readonly string[],
  today: string,
  window: DayWindow,
  team: ServiceLevelExpectation | null = null
): AgingChart {
  const named = new Map(items.map((i) => [i.id, i]))
  const finished = cycleTimes(items, window)
  const aging = agingWip(items, inProgressStates, today, finished)
  const reading = sleReading(finished, team)
  const against = team ?? reading.history
  const late = new Set(against ? agingPastSle(items, today, against).map((item) => item.id) : [])
  const points = aging.columns.flatMap((column, index) =>
    column.items.map((item, k) => ({
      x: index + SPREAD[k % SPREAD.length]!,
      y: item.ageDays,
      id: item.id,
      key: named.get(item.id)?.key ?? '',
      title: named.get(item.id)?.title ?? '',
      state: column.state,
      beyond: item.beyond,
      late: late.has(item.id)
    }))
  )
  const maxY = Math.max(
    1,
    aging.percentiles?.[95] ?? 0,
    ...reading.lines.map((line) => line.days),
    ...points.map((p) => p.y)
  )
  const lateAgainst =
    against &&
    `${team ? 'the team’s SLE' : `the ${against.percentile}th percentile`} (${formatCount(against.days, 'day')})`
  return {
    states: aging.columns.map((c) => c.state),
    points,
    percentiles: aging.percentiles,
    maxY,
    ...reading,
    lateAgainst
  }
}

/** The bands behind the aging chart: 0-50th, 50th-70th, 70th-85th, 85th-95th, above the 95th. */
export function percentileBands(percentiles: Percentiles, maxY: number): { from: number; to: number; label: string }[] {
  const edges = [0, ...PERCENTILE_LEVELS.map((p) => percentiles[p])]
  const labels = ['Up to the 50th percentile', '50th to 70th', '70th to 85th', '85th to 95th']
  const bands = labels.map((label, i) => ({ from: edges[i]!, to: edges[i + 1]!, label }))
  bands.push({ from: percentiles[95], to: Math.max(maxY, percentiles[95]) + 1, label: 'Above the 95th' })
  return bands.filter((b) => b.to > b.from)
}

export interface CumulativeFlowChart {
  /** One row per day: `day`, its day number `x`, and one count per state key (`s0`, `s1`, ... in workflow order). */
  rows: Array<Record<string, string | number>>
  series: { key: string; state: string; index: number }[]
  /** Runs of days on which some state ended above its WIP limit, as day-number spans to shade. */
  breachSpans: { x1: number; x2: number }[]
  /** The breaches in words, per state; null when no state has a limit. */
  breachText: string | null
}

/**
 * The cumulative flow diagram as stacked areas. Series come back in workflow order (for the
 * legend); the chart stacks them from the last state up, so the done band is at the bottom and
 * every boundary line only rises while items move forward. Removed work is left out (see
 * wipPerState). Days on which a state ended above its WIP limit are shaded and named.
 */
export function cumulativeFlowChart(history: FlowHistory, window: DayWindow): CumulativeFlowChart {
  const wip = wipPerState(history, window)
  const series = wip.states.map((state, index) => ({ key: `s${index}`, state, index }))
  const rows = wip.days.map((day) => {
    const row: Record<string, string | number> = { day: day.day, x: toDayNumber(day.day) }
    day.counts.forEach((count, i) => (row[`s${i}`] = count))
    return row
  })
  const breaches = wipBreaches(wip, history.states)
  const spans: { x1: number; x2: number }[] = []
  for (const day of breachDays(breaches)) {
    const n = toDayNumber(day)
    const last = spans.at(-1)
    if (last && last.x2 === n - 0.5) last.x2 = n + 0.5
    else spans.push({ x1: n - 0.5, x2: n + 0.5 })
  }
  return { rows, series, breachSpans: spans, breachText: breaches.length === 0 ? null : breachSentence(breaches) }
}

function breachSentence(breaches: readonly WipBreach[]): string {
  const over = breaches.filter((b) => b.days.length > 0)
  if (over.length === 0) return 'No state ended a day above its WIP limit in this window.'
  const parts = over.map(
    (b) =>
      `${b.state} ended ${formatCount(b.days.length, 'day')} above its limit of ${b.limit}, the last on ${formatShortDay(b.days.at(-1)!.day)}`
  )
  return `${parts.join('; ')}.`
}

export interface ArrivalsRow {
  period: string
  label: string
  arrivals: number
  departures: number
}

export interface ArrivalsChart {
  rows: ArrivalsRow[]
  arrived: number
  finished: number
  /** The plain-words reading: is the backlog growing or draining? */
  summary: string
}

export function arrivalsChart(items: readonly FlowItem[], window: DayWindow, granularity: Granularity): ArrivalsChart {
  return arrivalsChartOf(arrivalsAndDepartures(items, window, granularity))
}

/** The chart for arrivals and departures already counted per period (the backlog health view gets them so). */
export function arrivalsChartOf(periods: readonly ArrivalsDepartures[]): ArrivalsChart {
  const rows = periods.map((r) => ({
    ...r,
    label: formatShortDay(r.period)
  }))
  const arrived = rows.reduce((sum, r) => sum + r.arrivals, 0)
  const finished = rows.reduce((sum, r) => sum + r.departures, 0)
  const trend =
    arrived > finished
      ? `the backlog grew by ${formatCount(arrived - finished, 'item')}`
      : arrived < finished
        ? `the backlog shrank by ${formatCount(finished - arrived, 'item')}`
        : 'the backlog stayed the same size'
  return {
    rows,
    arrived,
    finished,
    summary: `${formatCount(arrived, 'item')} arrived and ${formatNumber(finished)} finished: ${trend}.`
  }
}
