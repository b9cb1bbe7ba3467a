import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { SavedForecast } from '@shared/api/methods/forecasts'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { savedForecastColumns } from './columns'

function toSavedForecast(row: Selectable<Database['saved_forecasts']>): SavedForecast {
  return { id: row.id, productId: row.product_id, ...savedForecastColumns.read(row) }
}

/** Inputs and result were validated by the method's schema; they are kept as JSON text. */
export async function saveForecast(db: Db, input: ParsedInput<'forecasts.save'>, at: Date): Promise<SavedForecast> {
  const row = await db
    .insertInto('saved_forecasts')
    .values({ product_id: input.productId, ...savedForecastColumns.write({ ...input, createdAt: at.toISOString() }) })
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
