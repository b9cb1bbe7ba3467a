import { ApiError, type ParsedInput } from '@shared/api'
import type { MeasureSummary } from '@shared/api/methods/ebm'
import { findCatalogueEntry } from '@shared/domain/ebm'
import type { ServiceDeps } from '../deps'
import { getProduct, isUniqueViolation } from '../products/service'
import { measureColumns } from './columns'
import {
  getMeasureRow,
  isoDay,
  listMeasureRows,
  loadValues,
  measureNameTaken,
  toSummary,
  type MeasureRow
} from './store'

type NewMeasure = Omit<Parameters<typeof measureColumns.write>[0], 'createdAt' | 'updatedAt'>

export function createMeasureService({ db, now }: ServiceDeps) {
  const summarise = async (row: MeasureRow): Promise<MeasureSummary> => {
    const at = now()
    const values = await loadValues(db, row.product_id, [row], at)
    return toSummary(row, values.get(row.id)!, isoDay(at))
  }

  const insert = async (productId: number, fields: NewMeasure): Promise<MeasureSummary> => {
    const stamp = now().toISOString()
    try {
      const row = await db
        .insertInto('ebm_measures')
        .values({ product_id: productId, ...measureColumns.write({ ...fields, createdAt: stamp, updatedAt: stamp }) })
        .returningAll()
        .executeTakeFirstOrThrow()
      return await summarise(row)
    } catch (error) {
      if (isUniqueViolation(error)) throw measureNameTaken(fields.name)
      throw error
    }
  }

  return {
    async list(productId: number): Promise<MeasureSummary[]> {
      await getProduct(db, productId)
      const at = now()
      const rows = await listMeasureRows(db, productId)
      const values = await loadValues(db, productId, rows, at)
      return rows.map((row) => toSummary(row, values.get(row.id)!, isoDay(at)))
    },

    async adopt({ productId, key }: ParsedInput<'ebm.measures.adopt'>): Promise<MeasureSummary> {
      await getProduct(db, productId)
      const entry = findCatalogueEntry(key)
      if (!entry) {
        throw new ApiError('invalid_input', `There is no catalogue measure with the key “${key}”.`, [
          { path: 'key', message: 'Choose a measure from the catalogue' }
        ])
      }
      const adopted = await db
        .selectFrom('ebm_measures')
        .select('name')
        .where('product_id', '=', productId)
        .where('catalogue_key', '=', key)
        .executeTakeFirst()
      if (adopted) {
        throw new ApiError('conflict', `“${entry.name}” is already adopted for this product (as “${adopted.name}”).`, [
          { path: 'key', message: 'Already adopted' }
        ])
      }
      return insert(productId, {
        ...entry,
        howMeasured: entry.automaticSource ? 'Computed by PO Studio from the backlog’s status history.' : '',
        catalogueKey: entry.key,
        targetValue: null
      })
    },

    async create(input: ParsedInput<'ebm.measures.create'>): Promise<MeasureSummary> {
      await getProduct(db, input.productId)
      return insert(input.productId, { ...input, catalogueKey: null, automaticSource: null })
    },

    async update({ id, patch }: ParsedInput<'ebm.measures.update'>): Promise<MeasureSummary> {
      const row = await getMeasureRow(db, id)
      if (row.automatic_source) {
        const fixed = (['area', 'unit', 'direction'] as const).filter(
          (field) => patch[field] !== undefined && patch[field] !== row[field]
        )
        if (fixed.length > 0) {
          throw new ApiError(
            'invalid_input',
            `“${row.name}” is computed by the app, so its area, unit and direction are fixed.`,
            fixed.map((field) => ({ path: `patch.${field}`, message: 'Fixed for a measure the app computes' }))
          )
        }
      }
      try {
        await db
          .updateTable('ebm_measures')
          .set(measureColumns.patch({ ...patch, updatedAt: now().toISOString() }))
          .where('id', '=', id)
          .execute()
      } catch (error) {
        if (isUniqueViolation(error) && patch.name) throw measureNameTaken(patch.name)
        throw error
      }
      return summarise(await getMeasureRow(db, id))
    },

    async remove(id: number): Promise<{ deleted: number }> {
      const row = await getMeasureRow(db, id)
      const experiments = await db
        .selectFrom('ebm_experiments')
        .select('title')
        .where('measure_id', '=', id)
        .orderBy('id')
        .execute()
      if (experiments.length > 0) {
        const titles = experiments.map((e) => `“${e.title}”`).join(', ')
        throw new ApiError(
          'conflict',
          `“${row.name}” is the measure of ${experiments.length === 1 ? 'the experiment' : 'the experiments'} ${titles}; delete or change ${experiments.length === 1 ? 'it' : 'them'} first.`
        )
      }
      // Values and goal targets on the measure go with it (ON DELETE CASCADE), in one statement.
      await db.deleteFrom('ebm_measures').where('id', '=', id).execute()
      return { deleted: id }
    }
  }
}
