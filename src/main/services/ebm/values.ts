import { ApiError, type ParsedInput } from '@shared/api'
import type { MeasureValue, ValueSeries, ValuesImportResult } from '@shared/api/methods/ebm'
import { parseValuesCsv } from '@shared/domain/ebm'
import { csvRefusal } from '../csv-refusal'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { measureValueColumns } from './columns'
import { getMeasureRow, isoDay, listMeasureRows, loadValues, toMeasureValue, toSummary, type MeasureRow } from './store'

function refuseAutomatic(row: MeasureRow, path: string): void {
  if (row.automatic_source) {
    throw new ApiError(
      'conflict',
      `“${row.name}” is computed by the app from the backlog; its values cannot be entered or changed.`,
      [{ path, message: 'Computed by the app' }]
    )
  }
}

/** Inserts or replaces the value of a measure on a day (one value per measure and day). */
function upsertValue(db: Db, value: { measureId: number; date: string; value: number; note: string }) {
  const values = measureValueColumns.write(value)
  return db
    .insertInto('ebm_measure_values')
    .values({ measure_id: value.measureId, ...values })
    .onConflict((oc) => oc.columns(['measure_id', 'date']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function createValueService({ db, now }: ServiceDeps) {
  return {
    async list(measureId: number): Promise<ValueSeries> {
      const row = await getMeasureRow(db, measureId, 'measureId')
      const at = now()
      const values = (await loadValues(db, row.product_id, [row], at)).get(row.id)!
      return { measure: toSummary(row, values, isoDay(at)), values }
    },

    async add(input: ParsedInput<'ebm.values.add'>): Promise<MeasureValue> {
      const row = await getMeasureRow(db, input.measureId, 'measureId')
      refuseAutomatic(row, 'measureId')
      const today = isoDay(now())
      if (input.date > today) {
        throw new ApiError(
          'invalid_input',
          `${input.date} is in the future; record values on or before today (${today}).`,
          [{ path: 'date', message: 'Use today or an earlier day' }]
        )
      }
      return toMeasureValue(await upsertValue(db, input))
    },

    async remove(id: number): Promise<{ deleted: number }> {
      const { numDeletedRows } = await db.deleteFrom('ebm_measure_values').where('id', '=', id).executeTakeFirst()
      if (numDeletedRows === 0n) throw new ApiError('not_found', `There is no recorded value with id ${id}.`)
      return { deleted: id }
    },

    /** All or nothing: the whole file is checked before anything is written, and written in one transaction. */
    async import({ productId, measureId, csv }: ParsedInput<'ebm.values.import'>): Promise<ValuesImportResult> {
      await getProduct(db, productId)
      const measures = await listMeasureRows(db, productId)
      let target: Parameters<typeof parseValuesCsv>[1]
      if (measureId === undefined) {
        target = { measures: measures.map((m) => ({ id: m.id, name: m.name, automatic: m.automatic_source !== null })) }
      } else {
        const measure = measures.find((m) => m.id === measureId)
        if (!measure) {
          throw new ApiError('not_found', `Product ${productId} has no measure with id ${measureId}.`, [
            { path: 'measureId', message: 'Not a measure of this product' }
          ])
        }
        target = { measure: { id: measure.id, name: measure.name, automatic: measure.automatic_source !== null } }
      }
      const parsed = parseValuesCsv(csv, target, isoDay(now()))
      if (!parsed.ok) throw csvRefusal(parsed.errors)
      return inTransaction(db, async (trx) => {
        const ids = [...new Set(parsed.rows.map((r) => r.measureId))]
        const existing = await trx
          .selectFrom('ebm_measure_values')
          .select(['measure_id', 'date'])
          .where('measure_id', 'in', ids)
          .execute()
        const recorded = new Set(existing.map((v) => `${v.measure_id}|${v.date}`))
        let replaced = 0
        for (const row of parsed.rows) {
          if (recorded.has(`${row.measureId}|${row.date}`)) replaced++
          await upsertValue(trx, row)
        }
        // In the order the file first names them.
        const names = ids.map((id) => measures.find((m) => m.id === id)!.name)
        return { added: parsed.rows.length - replaced, replaced, measures: names }
      })
    }
  }
}
