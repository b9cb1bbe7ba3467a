import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { Measure, MeasureSummary, MeasureValue } from '@shared/api/methods/ebm'
import { automaticValues, daysSince, type DatedValue } from '@shared/domain/ebm'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { loadFlowData } from '../flow/data'
import { measureColumns, measureValueColumns } from './columns'

export type MeasureRow = Selectable<Database['ebm_measures']>

/** Today as a UTC calendar day, the way the flow screens count days. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10)

export function toMeasure(row: MeasureRow): Measure {
  return { id: row.id, productId: row.product_id, ...measureColumns.read(row) }
}

export function toMeasureValue(row: Selectable<Database['ebm_measure_values']>): MeasureValue {
  return { id: row.id, measureId: row.measure_id, ...measureValueColumns.read(row) }
}

/** The latest of values sorted oldest first, as the summary and goal progress read it. */
export const latestOf = (values: readonly DatedValue[]): DatedValue | null => {
  const last = values.at(-1)
  return last ? { date: last.date, value: last.value } : null
}

export function toSummary(row: MeasureRow, values: readonly MeasureValue[], today: string): MeasureSummary {
  const latest = latestOf(values)
  return { ...toMeasure(row), latest, valueCount: values.length, daysSinceLatest: daysSince(latest, today) }
}

export async function getMeasureRow(db: Db, id: number, path = 'id'): Promise<MeasureRow> {
  const row = await db.selectFrom('ebm_measures').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no measure with id ${id}.`, [
      { path, message: `No measure with id ${id}` }
    ])
  return row
}

export function listMeasureRows(db: Db, productId: number): Promise<MeasureRow[]> {
  return db
    .selectFrom('ebm_measures')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('area')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/**
 * Every value of the given measures, oldest first: stored values for measures people record, and
 * values computed from the backlog's flow data for automatic ones (one flow query per call, only
 * when an automatic measure is asked for).
 */
export async function loadValues(
  db: Db,
  productId: number,
  measures: readonly MeasureRow[],
  now: Date
): Promise<Map<number, MeasureValue[]>> {
  const series = new Map<number, MeasureValue[]>(measures.map((m) => [m.id, []]))
  const recorded = measures.filter((m) => m.automatic_source === null).map((m) => m.id)
  if (recorded.length > 0) {
    const rows = await db
      .selectFrom('ebm_measure_values')
      .selectAll()
      .where('measure_id', 'in', recorded)
      .orderBy('measure_id')
      .orderBy('date')
      .execute()
    for (const row of rows) series.get(row.measure_id)!.push(toMeasureValue(row))
  }
  const automatic = measures.filter((m) => m.automatic_source !== null)
  if (automatic.length > 0) {
    const flow = await loadFlowData(db, productId, now)
    for (const m of automatic) {
      series.set(
        m.id,
        automaticValues(m.automatic_source!, flow.items, flow.today).map((v) => ({ id: null, measureId: m.id, ...v }))
      )
    }
  }
  return series
}

/** A measure name is unique per product (any case), so CSV files can name measures. */
export function measureNameTaken(name: string): ApiError {
  return new ApiError('conflict', `This product already has a measure called “${name}”; choose another name.`, [
    { path: 'name', message: 'Another measure of this product has this name' }
  ])
}
