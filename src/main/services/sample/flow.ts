import type { FlowCalendar } from '@shared/api/methods/flow'
import type { ForecastResult } from '@shared/api/methods/forecasts'
import {
  DEFAULT_CALENDAR,
  addDays,
  finishDates,
  forecastQuestionKey,
  forecastStart,
  forecastWhen,
  isWorkingDay,
  percentileDates,
  throughputWindow,
  workingDayOnOrAfter,
  type FlowItem,
  type WorkingCalendar
} from '@shared/domain/flow'
import type { Db } from '../deps'
import { setCalendar } from '../flow/calendar'
import { loadFlowData } from '../flow/data'
import { saveForecast } from '../flow/forecasts'
import { setSle } from '../flow/sle'
import { stateColumns } from '../workflow/columns'

const WINDOW_DAYS = 90
const TRIALS = 10_000
const ITEMS = 20
const SEED = 20_250_101
/** Days before "now" on which the two saved forecasts were made, so the sample shows a forecast moving. */
const FORECAST_AGES = [29, 1] as const

/**
 * The weekday nearest to `day` (within a week either side) on which no item was finished, so it can
 * pass for a day off; `day` itself, moved off a weekend, when every nearby weekday was busy.
 */
function quietWeekday(day: string, finishDays: ReadonlySet<string>): string {
  const weekday = (d: string) => isWorkingDay(DEFAULT_CALENDAR, d)
  for (let distance = 0; distance <= 7; distance++) {
    for (const candidate of [addDays(day, -distance), addDays(day, distance)]) {
      if (weekday(candidate) && !finishDays.has(candidate)) return candidate
    }
  }
  return workingDayOnOrAfter(DEFAULT_CALENDAR, day)
}

/**
 * The sample's working-day calendar: weekends off, two holidays inside the history window (weekdays
 * on which nothing was finished) and one ahead, so the history and the projected dates both skip them.
 */
function sampleCalendar(today: string, finishDays: ReadonlySet<string>): FlowCalendar {
  const past = [quietWeekday(addDays(today, -65), finishDays), quietWeekday(addDays(today, -30), finishDays)]
  return {
    weekendsOff: true,
    nonWorkingDays: [...past, workingDayOnOrAfter(DEFAULT_CALENDAR, addDays(today, 18))].sort()
  }
}

function whenForecast(items: readonly FlowItem[], calendar: WorkingCalendar, asOf: string): ForecastResult {
  const series = throughputWindow(finishDates(items), asOf, WINDOW_DAYS, calendar).series
  const forecast = forecastWhen({ dailyThroughput: series, items: ITEMS, trials: TRIALS, seed: SEED })
  if (!forecast.ok) throw new Error(`The sample history is too thin for a forecast: ${forecast.reason}`)
  return {
    percentiles: forecast.percentiles,
    percentileDates: percentileDates(forecast.percentiles, calendar, forecastStart(asOf)),
    histogram: forecast.histogram.map((bin) => ({ x: bin.days, count: bin.count })),
    probabilityOfTarget: null
  }
}

/** The sample team's WIP limit for In progress; its history keeps to it from `WIP_LIMITS_SINCE` (see seed.ts). */
export const SAMPLE_IN_PROGRESS_LIMIT = 3
/** The history day (of 120, today's is the last) from which the sample team kept to its WIP limits: two months ago. */
export const WIP_LIMITS_SINCE = 60

/**
 * The sample team's flow policies: WIP limits its recent history keeps to (the open work sits at
 * them today), entry and exit policies in its words, and the SLE it chose.
 */
const POLICIES: ReadonlyArray<{ state: string; wipLimit: number | null; entryPolicy: string; exitPolicy: string }> = [
  {
    state: 'Ready',
    wipLimit: null,
    entryPolicy:
      'Refined with the Developers: acceptance criteria written, estimated, small enough to finish in a few days.',
    exitPolicy: ''
  },
  {
    state: 'In progress',
    wipLimit: SAMPLE_IN_PROGRESS_LIMIT,
    entryPolicy: 'A developer pulls it from the top of Ready, and only while In progress holds fewer than 3 items.',
    exitPolicy: 'Code and tests pushed; every acceptance criterion passes on a test build.'
  },
  {
    state: 'In review',
    wipLimit: 2,
    entryPolicy: 'A pull request is open and another developer has been asked to review it.',
    exitPolicy: 'Approved, merged, and the Definition of Done is met.'
  }
]
const SAMPLE_SLE = { percentile: 85, days: 10 }

/**
 * Adds the sample's flow settings: its policies and SLE, its calendar and two saved forecasts of the
 * same question, a month apart.
 */
export async function seedSampleFlow(db: Db, productId: number, at: Date): Promise<void> {
  for (const { state, ...policy } of POLICIES) {
    await db
      .updateTable('workflow_states')
      .set(stateColumns.patch(policy))
      .where('product_id', '=', productId)
      .where('name', '=', state)
      .execute()
  }
  await setSle(db, productId, SAMPLE_SLE)
  const data = await loadFlowData(db, productId, at)
  const finishDays = new Set(data.items.flatMap((item) => (item.finishedOn ? [item.finishedOn] : [])))
  const calendar = await setCalendar(db, productId, sampleCalendar(data.today, finishDays))
  for (const age of FORECAST_AGES) {
    const asOf = addDays(data.today, -age)
    // What was known then: items finished after that day were still open.
    const items = data.items.map((item) =>
      item.finishedOn !== null && item.finishedOn > asOf ? { ...item, finishedOn: null } : item
    )
    const input = {
      productId,
      question: 'when' as const,
      questionKey: forecastQuestionKey({ question: 'when', items: ITEMS, throughItemId: null }),
      label: `The next ${ITEMS} items`,
      inputs: {
        windowDays: WINDOW_DAYS,
        asOf,
        trials: TRIALS,
        seed: SEED,
        items: ITEMS,
        startDate: forecastStart(asOf)
      },
      result: whenForecast(items, calendar, asOf)
    }
    await saveForecast(db, input, new Date(`${asOf}T16:30:00.000Z`))
  }
}
