import {
  PERCENTILE_LEVELS,
  countWorkingDays,
  probabilityDoneBy,
  percentileDates,
  workingDayDates,
  workingDayToDate,
  type ExactCheck,
  type HowManyForecast,
  type PercentileLevel,
  type Percentiles,
  type ScopeGrowth,
  type WhenForecast,
  type WorkingCalendar
} from '@shared/domain/flow'
import { formatDay, formatShortDay, formatShortDayWithYear, formatCount } from './format'

export interface PercentileRow {
  level: PercentileLevel
  /** "on or before Tue 4 Nov 2025" or "23 items or more". */
  text: string
  /** Working days for "when", items for "how many"; null when not within the forecast's horizon. */
  value: number | null
  date: string | null
}

export interface HistogramBar {
  x: number
  label: string
  count: number
  /** Share of trials in this bar, for the tooltip. */
  share: number
}

export interface ResultView {
  rows: PercentileRow[]
  bars: HistogramBar[]
  /** Where each percentile falls on the histogram's x axis. */
  marks: { level: PercentileLevel; x: number; label: string }[]
}

const NOT_WITHIN = 'not within ten years of working days'

/** "When" in words: day K of the forecast is the K-th working day from `start`. */
export function whenResultView(forecast: WhenForecast, calendar: WorkingCalendar, start: string): ResultView {
  const dates = percentileDates(forecast.percentiles, calendar, start)
  const rows = PERCENTILE_LEVELS.map((level) => {
    const date = dates[level]
    return {
      level,
      value: forecast.percentiles[level],
      date,
      text: date ? `on or before ${formatDay(date)}` : NOT_WITHIN
    }
  })
  const lastDay = forecast.histogram.at(-1)?.days ?? 0
  const labels = workingDayDates(calendar, start, lastDay)
  // Long tails run into later years: then the labels say which.
  const firstDate = labels[(forecast.histogram[0]?.days ?? 1) - 1] ?? start
  const spansYears = lastDay > 0 && labels[lastDay - 1]!.slice(0, 4) !== firstDate.slice(0, 4)
  const label = spansYears ? formatShortDayWithYear : formatShortDay
  const bars = forecast.histogram.map((bin) => ({
    x: bin.days,
    label: label(labels[bin.days - 1]!),
    count: bin.count,
    share: bin.count / forecast.trials
  }))
  return { rows, bars, marks: marks(forecast.percentiles, bars) }
}

/** "How many" in words, read from the top: P% of trials finished this many items or more. */
export function howManyResultView(forecast: HowManyForecast): ResultView {
  const rows = PERCENTILE_LEVELS.map((level) => {
    const items = forecast.percentiles[level]
    return { level, value: items, date: null, text: `${formatCount(items, 'item')} or more` }
  })
  const bars = forecast.histogram.map((bin) => ({
    x: bin.items,
    label: String(bin.items),
    count: bin.count,
    share: bin.count / forecast.trials
  }))
  return { rows, bars, marks: marks(forecast.percentiles, bars) }
}

function marks(percentiles: Percentiles<number | null>, bars: readonly HistogramBar[]): ResultView['marks'] {
  return PERCENTILE_LEVELS.flatMap((level) => {
    const bar = bars.find((b) => b.x === percentiles[level])
    return bar ? [{ level, x: bar.x, label: bar.label }] : []
  })
}

/**
 * The exact check beside a forecast, in words: the exact percentiles, then how far the simulation is
 * from them. Null when no check was asked for (scope growth); the reason when it was not computed.
 */
export function exactCheckSentences(
  exact: ExactCheck | null,
  question: 'when' | 'how-many',
  calendar: WorkingCalendar,
  start: string
): string[] | null {
  if (!exact) return null
  if (!exact.computed) return [exact.reason]
  const value = (level: PercentileLevel) => {
    const n = exact.percentiles[level]
    if (question === 'how-many') return `${formatCount(n ?? 0, 'item')} or more`
    return n === null ? NOT_WITHIN : `on or before ${formatDay(workingDayToDate(calendar, start, n))}`
  }
  const gap = exact.largestPercentileGap
  const agreement =
    gap === null
      ? 'Some percentiles lie beyond ten years in one of the two only'
      : gap === 0
        ? 'The simulated percentiles are the exact ones'
        : `The simulated percentiles are within ${formatCount(gap, question === 'when' ? 'working day' : 'item')} of the exact ones`
  return [
    `Exact distribution of the same question: ${PERCENTILE_LEVELS.map((level) => `${level}% ${value(level)}`).join('; ')}.`,
    `${agreement}; the total-variation distance between the two distributions is ${(exact.totalVariation * 100).toFixed(2)}% (0% when they are the same).`
  ]
}

/** "+3 working days" for the scope-growth difference at one percentile. */
export function extraDaysText(extra: number | null): string {
  if (extra === null) return 'no finish within ten years'
  if (extra === 0) return 'no later'
  return extra > 0 ? `${formatCount(extra, 'working day')} later` : `${formatCount(-extra, 'working day')} sooner`
}

export interface HistorySummary {
  workingDays: number
  daysWithCompletions: number
  finished: number
}

export function historySummary(dailyThroughput: readonly number[]): HistorySummary {
  return {
    workingDays: dailyThroughput.length,
    daysWithCompletions: dailyThroughput.filter((n) => n > 0).length,
    finished: dailyThroughput.reduce((sum, n) => sum + n, 0)
  }
}

/** "64 working days in the 90 days up to Fri, 28 Feb 2025; items finished on 44 of them (129 items)." */
export function historySentence(windowDays: number, asOf: string, summary: HistorySummary): string {
  return (
    `${formatCount(summary.workingDays, 'working day')} in the ${windowDays} days up to ${formatDay(asOf)}; ` +
    `items finished on ${summary.daysWithCompletions} of them (${formatCount(summary.finished, 'item')}).`
  )
}

/** The chance of a "when" forecast finishing by the target date, or null without a target. */
export function chanceByTarget(
  forecast: WhenForecast,
  calendar: WorkingCalendar,
  start: string,
  target: string | null
): number | null {
  if (!target) return null
  return probabilityDoneBy(forecast, countWorkingDays(calendar, start, target))
}

/** The scope growth a forecast assumed, in words; null without growth. */
export function growthSentence(growth: 'off' | 'history' | 'rate', scopeGrowth: ScopeGrowth | null): string | null {
  if (growth === 'history') {
    const arrivals = scopeGrowth?.arrivalsPerDay ?? []
    const perDay = arrivals.length ? arrivals.reduce((a, b) => a + b, 0) / arrivals.length : 0
    return `Scope growth: new items keep arriving as in the history window (${perDay.toFixed(2)} a working day), each counted as if it landed among the forecast items.`
  }
  if (growth === 'rate' && scopeGrowth?.ratePerItemDone !== undefined) {
    return `Scope growth: every item finished brings ${scopeGrowth.ratePerItemDone} new items (splits and discovered work).`
  }
  return null
}
