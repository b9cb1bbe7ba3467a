import type { FlowData, FlowItem } from '@shared/api/methods/flow'
import { percentileDates, type WorkingCalendar } from '@shared/domain/flow'
import { itemsOfTeam, type TeamChoice, type TeamHistory } from '@shared/domain/teams'
import type { TeamOwnForecast } from '../worker/jobs'
import type { ForecastPlan } from './forecastForm'
import { throughputHistory } from './forecastForm'
import { formatDay, plural } from './format'
import { openItems } from './release'
import { formatNumber } from '@shared/domain/format'

/** The flow history of one team's items (or all, or those without a team), for the metrics charts. */
export function flowDataOfTeam(data: FlowData, team: TeamChoice): FlowData {
  if (team === 'all') return data
  const items = itemsOfTeam(data.items, team)
  const ids = new Set(items.map((item) => item.id))
  return { ...data, items, transitions: data.transitions.filter((t) => ids.has(t.itemId)) }
}

/** Whose work a forecast reads: the product's one history, every team combined, or one team's. */
export type ForecastTeams = 'product' | 'combined' | number

/** Each team's daily throughput on the plan's window, and its own open items, for a combined forecast. */
export function teamHistories(
  items: readonly FlowItem[],
  teams: ReadonlyArray<{ id: number; name: string }>,
  plan: Pick<ForecastPlan, 'asOf' | 'windowDays'>,
  calendar: WorkingCalendar
): TeamHistory[] {
  return teams.map((team) => {
    const mine = itemsOfTeam(items, team.id)
    return {
      teamId: team.id,
      name: team.name,
      dailyThroughput: throughputHistory(mine, plan.asOf, plan.windowDays, calendar),
      openItems: openItems(mine).length
    }
  })
}

export interface TeamPartRow {
  teamId: number
  name: string
  /** "1.4 items a day". */
  pace: string
  /** "58%, about 12 of the 20 items". */
  part: string
  /** The team's own forecast at 85%, or why it has none. */
  own: string
}

const pct = (share: number) => `${Math.round(share * 100)}%`

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
      ownText = `${plural(forecast.items, 'open item')} of its own: ${date ? `on or before ${formatDay(date)}` : 'not within ten years of working days'} (85%)`
    } else if (forecast?.question === 'how-many') {
      ownText = `${plural(forecast.percentiles[85], 'item')} or more on its own (85%)`
    }
    const about = plan.question === 'when' ? `, about ${formatNumber(Math.round(part.share * plan.items))} of the ${plural(plan.items, 'item')}` : ''
    return { teamId: part.teamId, name: part.name, pace: `${part.perDay.toFixed(1)} items a day`, part: `${pct(part.share)}${about}`, own: ownText }
  })
}
