import {
  PERCENTILE_LEVELS,
  toDayNumber,
  type HowManyForecast,
  type PercentileLevel,
  type WhenForecast
} from '@shared/domain/flow'
import type { MethodInput } from '@shared/api'
import type { SavedForecast } from '@shared/api/methods/forecasts'
import type { ForecastPlan } from './forecastForm'
import { formatDay } from './format'

export type SaveForecastInput = Omit<MethodInput<'forecasts.save'>, 'productId'>

/** What `forecasts.save` keeps: every input needed to re-run the forecast exactly, and its answer. */
export function savePayload(
  plan: ForecastPlan,
  forecast: WhenForecast | HowManyForecast,
  extras: {
    key: string
    label: string
    percentileDates: Record<PercentileLevel, string | null> | null
    probabilityOfTarget: number | null
  }
): SaveForecastInput {
  const inputs: SaveForecastInput['inputs'] = {
    windowDays: plan.windowDays,
    asOf: plan.asOf,
    trials: plan.trials,
    seed: plan.seed,
    startDate: plan.startDate,
    ...(plan.targetDate ? { targetDate: plan.targetDate } : {})
  }
  if (forecast.question === 'when') {
    inputs.items = plan.items
    if (plan.throughItemId !== null) inputs.throughItemId = plan.throughItemId
    if (plan.growth === 'history') inputs.scopeGrowth = { arrivalsFromHistory: true }
    if (plan.growth === 'rate' && plan.scopeGrowth?.ratePerItemDone !== undefined) {
      inputs.scopeGrowth = { ratePerItemDone: plan.scopeGrowth.ratePerItemDone }
    }
  } else inputs.days = forecast.days
  const histogram =
    forecast.question === 'when'
      ? forecast.histogram.map((b) => ({ x: b.days, count: b.count }))
      : forecast.histogram.map((b) => ({ x: b.items, count: b.count }))
  return {
    question: forecast.question,
    questionKey: extras.key,
    label: extras.label,
    inputs,
    result: {
      percentiles: { ...forecast.percentiles },
      ...(extras.percentileDates ? { percentileDates: { ...extras.percentileDates } } : {}),
      histogram,
      probabilityOfTarget: extras.probabilityOfTarget
    }
  }
}

export interface SavedQuestion {
  key: string
  label: string
  question: SavedForecast['question']
  /** Oldest first. */
  forecasts: SavedForecast[]
}

/** Saved forecasts grouped by question, the most recently asked question first. */
export function groupByQuestion(saved: readonly SavedForecast[]): SavedQuestion[] {
  const groups = new Map<string, SavedForecast[]>()
  for (const forecast of saved)
    groups.set(forecast.questionKey, [...(groups.get(forecast.questionKey) ?? []), forecast])
  return [...groups.entries()]
    .map(([key, list]) => {
      const sorted = [...list].sort((a, b) =>
        a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id
      )
      const latest = sorted.at(-1)!
      return { key, label: latest.label, question: latest.question, forecasts: sorted }
    })
    .sort((a, b) => (a.forecasts.at(-1)!.createdAt < b.forecasts.at(-1)!.createdAt ? 1 : -1))
}

export interface MovementRow {
  id: number
  savedOn: string
  label: string
  /** Per percentile: a day number for "when" (so the y axis is a date scale), items for "how many". */
  p50: number | null
  p70: number | null
  p85: number | null
  p95: number | null
}

/** How one question's answer moved: one row per saved forecast, oldest first. */
export function forecastMovement(question: SavedQuestion): MovementRow[] {
  return question.forecasts.map((f) => {
    const value = (level: PercentileLevel): number | null => {
      if (f.question === 'how-many') return f.result.percentiles[level]
      const date = f.result.percentileDates?.[level]
      return date ? toDayNumber(date) : null
    }
    const savedOn = f.createdAt.slice(0, 10)
    const row: MovementRow = {
      id: f.id,
      savedOn,
      label: formatDay(savedOn),
      p50: null,
      p70: null,
      p85: null,
      p95: null
    }
    for (const level of PERCENTILE_LEVELS) row[`p${level}`] = value(level)
    return row
  })
}
