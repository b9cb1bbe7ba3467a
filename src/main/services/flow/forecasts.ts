import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { ForecastInputs, ForecastResult, SavedForecast } from '@shared/api/methods/forecasts'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'

function toSavedForecast(row: Selectable<Database['saved_forecasts']>): SavedForecast {
  return {
    id: row.id,
    productId: row.product_id,
    question: row.question,
    questionKey: row.question_key,
    label: row.label,
    inputs: JSON.parse(row.inputs) as ForecastInputs,
    result: JSON.parse(row.result) as ForecastResult,
    createdAt: row.created_at
  }
}

/** Inputs and result were validated by the method's schema; they are kept as JSON text. */
export async function saveForecast(db: Db, input: ParsedInput<'forecasts.save'>, at: Date): Promise<SavedForecast> {
  const row = await db
    .insertInto('saved_forecasts')
    .values({
      product_id: input.productId,
      question: input.question,
      question_key: input.questionKey,
      label: input.label,
      inputs: JSON.stringify(input.inputs),
      result: JSON.stringify(input.result),
      created_at: at.toISOString()
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toSavedForecast(row)
}

export async function listForecasts(db: Db, productId: number, questionKey?: string): Promise<SavedForecast[]> {
  let query = db.selectFrom('saved_forecasts').selectAll().where('product_id', '=', productId)
  if (questionKey !== undefined) query = query.where('question_key', '=', questionKey)
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
  return rows.map(toSavedForecast)
}

export async function deleteForecast(db: Db, id: number): Promise<{ deleted: number }> {
  const result = await db.deleteFrom('saved_forecasts').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw new ApiError('not_found', `There is no saved forecast with id ${id}.`)
  return { deleted: id }
}
