import {
  PERCENTILE_LEVELS,
  countWorkingDays,
  probabilityDoneBy,
  percentileDates,
  workingDayDates,
  type HowManyForecast,
  type PercentileLevel,
  type Percentiles,
  type WhenForecast,
  type WorkingCalendar
} from '@shared/domain/flow'
import { formatDay, formatShortDay, plural } from './format'

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
    return { level, value: forecast.percentiles[level], date, text: date ? `on or before ${formatDay(date)}` : NOT_WITHIN }
  })
  const lastDay = forecast.histogram.at(-1)?.days ?? 0
  const labels = workingDayDates(calendar, start, lastDay)
  const bars = forecast.histogram.map((bin) => ({
    x: bin.days,
    label: formatShortDay(labels[bin.days - 1]!),
    count: bin.count,
    share: bin.count / forecast.trials
  }))
  return { rows, bars, marks: marks(forecast.percentiles, bars) }
}

/** "How many" in words, read from the top: P% of trials finished this many items or more. */
export function howManyResultView(forecast: HowManyForecast): ResultView {
  const rows = PERCENTILE_LEVELS.map((level) => {
    const items = forecast.percentiles[level]
    return { level, value: items, date: null, text: `${plural(items, 'item')} or more` }
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

/** "+3 working days" for the scope-growth difference at one percentile. */
export function extraDaysText(extra: number | null): string {
  if (extra === null) return 'no finish within ten years'
  if (extra === 0) return 'no later'
  return extra > 0 ? `${plural(extra, 'working day')} later` : `${plural(-extra, 'working day')} sooner`
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

/** "64 working days in the last 90 days; items finished on 44 of them (129 items)." */
export function historySentence(windowDays: number, summary: HistorySummary): string {
  return (
    `${plural(summary.workingDays, 'working day')} in the last ${windowDays} days; ` +
    `items finished on ${summary.daysWithCompletions} of them (${plural(summary.finished, 'item')}).`
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
