import type { Sprint } from '@shared/api/methods/sprints'
import type { FlowData } from '@shared/api/methods/flow'
import type { SavedForecast } from '@shared/api/methods/forecasts'
import { isDoneCategory, isRemovedCategory } from '@shared/domain/backlog'
import { finishDates, forecastStart, forecastWhen, percentileDates, throughputWindow } from '@shared/domain/flow'
import { formatCount } from '@shared/domain/format'
import {
  AGENDA_FORECAST,
  buildReviewAgenda,
  type AgendaInput,
  type GoalForecast,
  type ReviewAgenda
} from '@shared/domain/sprint-review'
import type { Db } from '../deps'
import { isoDay, listMeasureRows, loadValues } from '../ebm/store'
import { loadFlowData } from '../flow/data'
import { listForecasts } from '../flow/forecasts'
import { listGoals } from '../vision/goals'

/** The Product Goal's open items forecast with the same engine and window rule as the Flow screens. */
function goalForecast(flow: FlowData, goalItemIds: readonly number[]): GoalForecast | null {
  const serving = new Set(goalItemIds)
  const open = flow.items.filter(
    (item) => serving.has(item.id) && !isDoneCategory(item.stateCategory) && !isRemovedCategory(item.stateCategory)
  ).length
  if (open === 0) return null
  const { windowDays, trials, seed } = AGENDA_FORECAST
  const window = throughputWindow(finishDates(flow.items), flow.today, windowDays, flow.calendar)
  const result = forecastWhen({ dailyThroughput: window.series, items: open, trials, seed })
  if (!result.ok) return result
  return {
    ok: true,
    items: open,
    windowDays,
    dates: percentileDates(result.percentiles, flow.calendar, forecastStart(flow.today))
  }
}

/** The newest saved forecast in one line: its 85th percentile, as its screen reads it. */
function savedSummary(forecast: SavedForecast | undefined): AgendaInput['savedForecast'] {
  if (!forecast) return null
  const p85 = forecast.result.percentiles[85]
  const date = forecast.result.percentileDates?.[85]
  const summary =
    forecast.question === 'when'
      ? `85% likely done ${p85 === null ? 'not within ten years' : `within ${formatCount(p85, 'working day')}${date ? `, on or before ${date}` : ''}`}`
      : `85% likely ${formatCount(p85 ?? 0, 'item')} or more${forecast.inputs.targetDate ? ` by ${forecast.inputs.targetDate}` : ''}`
  return { label: forecast.label || forecast.questionKey, savedOn: forecast.createdAt.slice(0, 10), summary }
}

/**
 * Everything a Sprint Review's agenda is shaped from, read through the areas' own functions, and the
 * agenda itself. The Sprint's own Product Goal counts; without one, the goal pursued now.
 */
export async function prepareAgenda(db: Db, sprint: Sprint, now: Date): Promise<ReviewAgenda> {
  const flow = await loadFlowData(db, sprint.productId, now)
  const goals = await listGoals(db, sprint.productId)
  const goal = goals.find((g) => g.id === sprint.productGoalId) ?? goals.find((g) => g.status === 'active') ?? null
  const [saved] = await listForecasts(db, sprint.productId)
  const measureRows = await listMeasureRows(db, sprint.productId)
  const values = await loadValues(db, sprint.productId, measureRows, now)
  return buildReviewAgenda({
    preparedOn: isoDay(now),
    sprint,
    items: flow.items,
    productGoal: goal,
    forecast: goal ? goalForecast(flow, goal.itemIds) : null,
    savedForecast: savedSummary(saved),
    measures: measureRows.map((row) => ({
      name: row.name,
      unit: row.unit,
      area: row.area,
      direction: row.direction,
      values: values.get(row.id) ?? []
    }))
  })
}
