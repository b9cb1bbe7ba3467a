import { percentileDates, type WorkingCalendar } from '@shared/domain/flow'
import type { TeamOwnForecast } from '../worker/jobs'
import type { ForecastPlan } from './forecastForm'
import { formatDay, formatCount } from './format'
import { formatNumber } from '@shared/domain/format'

/** Whose work a forecast reads: the product's one history, every team combined, or one team's. */
export type ForecastTeams = 'product' | 'combined' | number

export interface TeamPartRow {
  teamId: number
  name: string
  /** "1.4 items a day". */
  pace: string
  /** "58%, about 12 of the 20 items". */
  part: string
  /** The share as a whole percentage, for the bar beside it. */
  percent: number
  /** The team's own forecast at 85%, or why it has none. */
  own: string
}

/**
 * Each team's part of a combined forecast in words: its pace, its share of the combined pace (and
 * so about how many of the items are its work), and its own forecast read at the 85th percentile.
 */
export function teamPartRows(
  parts: ReadonlyArray<{ teamId: number; name: string; perDay: number; share: number }>,
  perTeam: readonly TeamOwnForecast[],
  plan: Pick<ForecastPlan, 'question' | 'items' | 'startDate'>,
  calendar: WorkingCalendar
): TeamPartRow[] {
  return parts.map((part) => {
    const own = perTeam.find((team) => team.teamId === part.teamId)
    const forecast = own?.forecast ?? null
    let ownText = own?.reason ?? ''
    if (forecast?.question === 'when') {
      const date = percentileDates(forecast.percentiles, calendar, plan.startDate)[85]
      ownText = `${formatCount(forecast.items, 'open item')} of its own: ${date ? `on or before ${formatDay(date)}` : 'not within ten years of working days'} (85%)`
    } else if (forecast?.question === 'how-many') {
      ownText = `${formatCount(forecast.percentiles[85], 'item')} or more on its own (85%)`
    }
    const about =
      plan.question === 'when'
        ? `, about ${formatNumber(Math.round(part.share * plan.items))} of the ${formatCount(plan.items, 'item')}`
        : ''
    const percent = Math.round(part.share * 100)
    return {
      teamId: part.teamId,
      name: part.name,
      pace: `${part.perDay.toFixed(1)} items a day`,
      part: `${percent}%${about}`,
      percent,
      own: ownText
    }
  })
}

/** How each team's own forecast beside a combined one grew its work; null without growth. */
export function teamGrowthSentence(growth: ForecastPlan['growth']): string | null {
  if (growth === 'history')
    return 'Each team’s own forecast grows its work from the items that arrived for that team in the window.'
  if (growth === 'rate') return 'Each team’s own forecast grows its work at the same rate.'
  return null
}
