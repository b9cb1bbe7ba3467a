import type { FlowData } from '@shared/api/methods/flow'
import {
  BACKTEST_TRIALS,
  forecastStart,
  readSetting,
  readSettings,
  workingDayToDate,
  type BacktestQuestion,
  type BacktestResult,
  type WorkingCalendar
} from '@shared/domain/flow'
import type { CheckedRun } from '../worker/jobs'
import { formatDay, formatShortDay, formatCount } from './format'

export type Verdict = 'held' | 'missed' | 'unknown' | 'no-forecast'

export const VERDICT_LABELS: Record<Verdict, string> = {
  held: 'Held',
  missed: 'Missed',
  unknown: 'Not known yet',
  'no-forecast': 'No forecast (too little history then)'
}

export interface BacktestRow {
  asOf: string
  label: string
  p50: string
  p85: string
  actual: string
  verdict: Verdict
  /** For the chart: working days ("when") or items ("how many"). */
  chart: { label: string; p50: number | null; p85: number | null; actual: number | null }
}

/** Past forecasts beside what then happened, in the units a stakeholder reads. */
export function backtestRows(
  result: BacktestResult,
  question: BacktestQuestion,
  calendar: WorkingCalendar
): BacktestRow[] {
  return result.cases.map((c) => {
    const start = forecastStart(c.asOf)
    const describe = (value: number | null | undefined): string => {
      if (value === null || value === undefined) return '–'
      return question.kind === 'when'
        ? `${formatDay(workingDayToDate(calendar, start, value))} (${formatCount(value, 'working day')})`
        : `${formatCount(value, 'item')} or more`
    }
    const actual =
      c.actual === null
        ? 'not known yet'
        : question.kind === 'when'
          ? `${formatDay(workingDayToDate(calendar, start, c.actual))} (${formatCount(c.actual, 'working day')})`
          : formatCount(c.actual, 'item')
    const verdict: Verdict =
      c.hit85 === true ? 'held' : c.hit85 === false ? 'missed' : c.refusal ? 'no-forecast' : 'unknown'
    return {
      asOf: c.asOf,
      label: formatDay(c.asOf),
      p50: describe(c.percentiles?.[50]),
      p85: describe(c.percentiles?.[85]),
      actual,
      verdict,
      chart: {
        label: formatShortDay(c.asOf),
        p50: c.percentiles?.[50] ?? null,
        p85: c.percentiles?.[85] ?? null,
        actual: c.actual
      }
    }
  })
}

/** "The 85th percentile held in 9 of 11 past forecasts (82%)." A record of the past, so it may say 100%. */
export function hitRateSentence(result: BacktestResult): string {
  if (result.hitRate85 === null) return 'No past forecast can be scored yet: none has an outcome to compare with.'
  const hits = Math.round(result.hitRate85 * result.scored)
  return `The 85th percentile held in ${hits} of ${formatCount(result.scored, 'past forecast')} (${Math.round(result.hitRate85 * 100)}%).`
}

/** The backtest form as typed: text, checked only when the user runs it. */
export interface BacktestFormValues {
  kind: BacktestQuestion['kind']
  /** N: items for "when", working days for "how many". */
  amount: string
  windowDays: string
  /** Calendar days between two past forecasts. */
  everyDays: string
  seed: string
}

/** What the Backtest tab opens with: ten items, a 30-day window, a past forecast every week. */
export function defaultBacktestValues(seed: number): BacktestFormValues {
  return { kind: 'when', amount: '10', windowDays: '30', everyDays: '7', seed: String(seed) }
}

/** What N counts, as its field is labelled. */
export function amountLabel(kind: BacktestQuestion['kind']): string {
  return kind === 'when' ? 'Items (N)' : 'Working days (N)'
}

/** What a backtest ran for: its rows are worded with these, whatever the form says since. */
export interface BacktestRun {
  question: BacktestQuestion
  calendar: WorkingCalendar
}

/** Checks the form and turns it into a backtest over the whole history up to today. */
export function checkBacktestRun(
  values: BacktestFormValues,
  data: Pick<FlowData, 'items' | 'calendar' | 'today'>
): CheckedRun<BacktestRun> {
  const counted = readSetting(values.kind === 'when' ? 'backtestItems' : 'backtestDays', values.amount)
  if (!counted.ok) return { ok: false, problem: counted.message }
  const settings = readSettings({ windowDays: values.windowDays, backtestSpacing: values.everyDays, seed: values.seed })
  if (!settings.ok) return { ok: false, problem: settings.message }
  const { windowDays, backtestSpacing, seed } = settings.values
  const question: BacktestQuestion =
    values.kind === 'when' ? { kind: 'when', items: counted.value } : { kind: 'how-many', days: counted.value }
  return {
    ok: true,
    ran: { question, calendar: data.calendar },
    job: {
      kind: 'backtest',
      input: {
        finishedOn: data.items.flatMap((i) => (i.finishedOn ? [i.finishedOn] : [])),
        calendar: data.calendar,
        question,
        windowDays,
        everyDays: backtestSpacing,
        today: data.today,
        trials: BACKTEST_TRIALS,
        seed
      }
    }
  }
}

/** The chart's y axis and the sentence under its title, in the question's units. */
export function backtestChartText(question: BacktestQuestion): { unit: string; summary: string } {
  return question.kind === 'when'
    ? { unit: 'Working days', summary: 'Working days until the items were done: lower is sooner.' }
    : { unit: 'Items', summary: 'Items finished in the period.' }
}
