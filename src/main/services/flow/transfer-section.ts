import { z } from 'zod'
import { FlowCalendar, ServiceLevelExpectation } from '@shared/api/methods/flow'
import { FORECAST_QUESTIONS, ForecastInputs, ForecastResult } from '@shared/api/methods/forecasts'
import { forecastQuestionKey, goalOfKey, throughItemOfKey } from '@shared/domain/flow'
import { teamWipLimits } from '../teams/service'
import { defineSection } from '../transfer/section'
import { getCalendar, setCalendar } from './calendar'
import { savedForecastColumns, teamWipLimitColumns } from './columns'
import { listForecasts } from './forecasts'
import { getSle, setSle, teamSles } from './sle'

const FlowSection = z.object({
  calendar: FlowCalendar,
  // Files written before the team could choose an SLE have none.
  sle: ServiceLevelExpectation.nullable().default(null),
  // Files written before teams had policies of their own have none.
  teamSles: z.array(ServiceLevelExpectation.extend({ teamId: z.number().int().positive() })).default([]),
  teamWipLimits: z
    .array(
      z.object({
        teamId: z.number().int().positive(),
        stateId: z.number().int().positive(),
        wipLimit: z.number().int().positive()
      })
    )
    .default([]),
  /** Oldest first, so the history of each question keeps its order. */
  forecasts: z.array(
    z.object({
      question: z.enum(FORECAST_QUESTIONS),
      questionKey: z.string().min(1),
      label: z.string(),
      inputs: ForecastInputs,
      result: ForecastResult,
      createdAt: z.string()
    })
  )
})

/**
 * The working-day calendar, the Service Level Expectations of the product and its teams, the teams'
 * own WIP limits and the saved forecasts with their inputs. After the backlog, whose teams and
 * states the teams' policies refer to.
 */
export const flowSection = defineSection({
  name: 'flow',
  schema: FlowSection,

  async export(db, productId) {
    const forecasts = await listForecasts(db, productId)
    const limits = await teamWipLimits(db, productId)
    return {
      calendar: await getCalendar(db, productId),
      sle: await getSle(db, productId),
      teamSles: [...(await teamSles(db, productId))]
        .map(([teamId, sle]) => ({ teamId, ...sle }))
        .sort((a, b) => a.teamId - b.teamId),
      teamWipLimits: [...limits]
        .sort(([a], [b]) => a - b)
        .flatMap(([teamId, list]) => list.map((limit) => ({ teamId, ...limit }))),
      forecasts: forecasts.reverse().map(({ id: _id, productId: _productId, ...forecast }) => forecast)
    }
  },

  async import(trx, productId, data, ids) {
    await setCalendar(trx, productId, data.calendar)
    if (data.sle) await setSle(trx, productId, data.sle)
    for (const [index, { teamId, ...sle }] of data.teamSles.entries()) {
      await setSle(trx, productId, sle, ids.get('team', teamId, `flow.teamSles.${index}.teamId`))
    }
    for (const [index, limit] of data.teamWipLimits.entries()) {
      const path = `flow.teamWipLimits.${index}`
      await trx
        .insertInto('team_wip_limits')
        .values({
          team_id: ids.get('team', limit.teamId, `${path}.teamId`),
          state_id: ids.get('state', limit.stateId, `${path}.stateId`),
          ...teamWipLimitColumns.write(limit)
        })
        .execute()
    }
    for (const [index, forecast] of data.forecasts.entries()) {
      const path = `flow.forecasts.${index}`
      // "Down to this item" questions name the item; point them at its new id.
      const throughItemId = forecast.inputs.throughItemId ?? null
      const inputs =
        throughItemId === null
          ? forecast.inputs
          : { ...forecast.inputs, throughItemId: ids.get('item', throughItemId, `${path}.inputs.throughItemId`) }
      const keyItem = throughItemOfKey(forecast.questionKey)
      const keyGoal = goalOfKey(forecast.questionKey)
      const questionKey =
        keyItem !== null
          ? forecastQuestionKey({
              question: 'when',
              items: inputs.items ?? 0,
              throughItemId: ids.get('item', keyItem, `${path}.questionKey`)
            })
          : keyGoal !== null
            ? forecastQuestionKey({
                question: 'when',
                items: inputs.items ?? 0,
                throughItemId: null,
                goalId: ids.get('productGoal', keyGoal, `${path}.questionKey`)
              })
            : forecast.questionKey
      await trx
        .insertInto('saved_forecasts')
        .values({ product_id: productId, ...savedForecastColumns.write({ ...forecast, questionKey, inputs }) })
        .execute()
    }
  }
})
