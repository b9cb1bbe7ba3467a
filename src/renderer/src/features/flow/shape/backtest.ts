import {
  forecastStart,
  workingDayToDate,
  type BacktestQuestion,
  type BacktestResult,
  type WorkingCalendar
} from '@shared/domain/flow'
import { formatDay, formatShortDay, plural } from './format'

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
        ? `${formatDay(workingDayToDate(calendar, start, value))} (${plural(value, 'working day')})`
        : `${plural(value, 'item')} or more`
    }
    const actual =
      c.actual === null
        ? 'not known yet'
        : question.kind === 'when'
          ? `${formatDay(workingDayToDate(calendar, start, c.actual))} (${plural(c.actual, 'working day')})`
          : plural(c.actual, 'item')
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
  return `The 85th percentile held in ${hits} of ${plural(result.scored, 'past forecast')} (${Math.round(result.hitRate85 * 100)}%).`
}
