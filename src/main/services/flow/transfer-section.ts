import { z } from 'zod'
import { FlowCalendar, ServiceLevelExpectation } from '@shared/api/methods/flow'
import { FORECAST_QUESTIONS, ForecastInputs, ForecastResult } from '@shared/api/methods/forecasts'
import { forecastQuestionKey, goalOfKey, throughItemOfKey } from '@shared/domain/flow'
import { defineSection } from '../transfer/section'
import { getCalendar, setCalendar } from './calendar'
import { listForecasts } from './forecasts'
import { getSle, setSle } from './sle'

const FlowSection = z.object({
  calendar: FlowCalendar,
  // Files written before the team could choose an SLE have none.
  sle: ServiceLevelExpectation.nullable().default(null),
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

/** The working-day calendar, the team's Service Level Expectation and the saved forecasts with their inputs. */
export const flowSection = defineSection({
  name: 'flow',
  schema: FlowSection,

  async export(db, productId) {
    const forecasts = await listForecasts(db, productId)
    return {
      calendar: await getCalendar(db, productId),
      sle: await getSle(db, productId),
      forecasts: forecasts.reverse().map(({ question, questionKey, label, inputs, result, createdAt }) => ({ question, questionKey, label, inputs, result, createdAt }))
    }
  },

  async import(trx, productId, data, ids) {
    await setCalendar(trx, productId, data.calendar)
    if (data.sle) await setSle(trx, productId, data.sle)
    for (const [index, forecast] of data.forecasts.entries()) {
      const path = `flow.forecasts.${index}`
      // "Down to this item" questions name the item; point them at its new id.
      const throughItemId = forecast.inputs.throughItemId ?? null
      const inputs = throughItemId === null ? forecast.inputs : { ...forecast.inputs, throughItemId: ids.get('item', throughItemId, `${path}.inputs.throughItemId`) }
      const keyItem = throughItemOfKey(forecast.questionKey)
      const keyGoal = goalOfKey(forecast.questionKey)
      const questionKey =
        keyItem !== null
          ? forecastQuestionKey({ question: 'when', items: inputs.items ?? 0, throughItemId: ids.get('item', keyItem, `${path}.questionKey`) })
          : keyGoal !== null
            ? forecastQuestionKey({ question: 'when', items: inputs.items ?? 0, throughItemId: null, goalId: ids.get('productGoal', keyGoal, `${path}.questionKey`) })
            : forecast.questionKey
      await trx
        .insertInto('saved_forecasts')
        .values({
          product_id: productId,
          question: forecast.question,
          question_key: questionKey,
          label: forecast.label,
          inputs: JSON.stringify(inputs),
          result: JSON.stringify(forecast.result),
          created_at: forecast.createdAt
        })
        .execute()
    }
  }
})
