import { sql, type Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { KanoAnswerRow, KanoFeature, KanoFeatureResult } from '@shared/api/methods/kano'
import { evaluateKano, kanoResult, parseKanoCsv, type KanoAnswer } from '@shared/domain/ordering'
import type { Database } from '../../db/schema'
import { csvRefusal } from '../csv-refusal'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct, isUniqueViolation } from '../products/service'
import { kanoAnswerColumns, kanoFeatureColumns } from './columns'

function nameTaken(name: string): ApiError {
  return new ApiError('conflict', `A feature called "${name}" is already in this survey.`, [
    { path: 'name', message: 'Choose a name no other surveyed feature has' }
  ])
}

function selectFeatures(db: Db, productId: number) {
  return db
    .selectFrom('kano_features as f')
    .leftJoin('backlog_items as i', 'i.id', 'f.item_id')
    .selectAll('f')
    .select('i.title as item_title')
    .select((eb) =>
      eb
        .selectFrom('kano_answers as a')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('a.feature_id', '=', 'f.id')
        .as('answer_count')
    )
    .where('f.product_id', '=', productId)
    .orderBy('f.id')
}

type FeatureRow = Awaited<ReturnType<ReturnType<typeof selectFeatures>['execute']>>[number]

const toFeature = (row: FeatureRow): KanoFeature => ({
  id: row.id,
  productId: row.product_id,
  ...kanoFeatureColumns.read(row),
  itemId: row.item_id,
  itemTitle: row.item_title,
  answerCount: Number(row.answer_count ?? 0)
})

const toAnswer = (row: Selectable<Database['kano_answers']>): KanoAnswerRow => {
  const { respondent, functional, dysfunctional } = kanoAnswerColumns.read(row)
  return {
    id: row.id,
    featureId: row.feature_id,
    respondent,
    functional,
    dysfunctional,
    category: evaluateKano(functional, dysfunctional)
  }
}

async function requireFeature(db: Db, id: number) {
  const row = await db.selectFrom('kano_features').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no surveyed feature with id ${id}.`)
  return row
}

export function createKanoService({ db, now }: ServiceDeps) {
  async function getFeature(id: number): Promise<KanoFeature> {
    const { product_id } = await requireFeature(db, id)
    return toFeature((await selectFeatures(db, product_id).where('f.id', '=', id).executeTakeFirst())!)
  }

  async function insertFeature(trx: Db, productId: number, name: string, itemId: number | null): Promise<number> {
    try {
      const { id } = await trx
        .insertInto('kano_features')
        .values({
          product_id: productId,
          item_id: itemId,
          ...kanoFeatureColumns.write({ name, createdAt: now().toISOString() })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return id
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(name)
      throw error
    }
  }

  return {
    async listFeatures(productId: number): Promise<KanoFeature[]> {
      await getProduct(db, productId)
      return (await selectFeatures(db, productId).execute()).map(toFeature)
    },

    async createFeature(productId: number, name: string, itemId: number | null): Promise<KanoFeature> {
      await getProduct(db, productId)
      if (itemId !== null) {
        const item = await db
          .selectFrom('backlog_items')
          .select(['product_id', 'deleted_at'])
          .where('id', '=', itemId)
          .executeTakeFirst()
        if (!item || item.deleted_at !== null || item.product_id !== productId) {
          throw new ApiError('invalid_input', `Item ${itemId} is not a backlog item of this product.`, [
            { path: 'itemId', message: 'Link an item of the same product, or none' }
          ])
        }
      }
      return getFeature(await insertFeature(db, productId, name, itemId))
    },

    async deleteFeature(id: number): Promise<{ deleted: number }> {
      await requireFeature(db, id)
      // Its answers go with it (ON DELETE CASCADE).
      await db.deleteFrom('kano_features').where('id', '=', id).execute()
      return { deleted: id }
    },

    async listAnswers(featureId: number): Promise<KanoAnswerRow[]> {
      await requireFeature(db, featureId)
      const rows = await db
        .selectFrom('kano_answers')
        .selectAll()
        .where('feature_id', '=', featureId)
        .orderBy('id')
        .execute()
      return rows.map(toAnswer)
    },

    async addAnswer(input: {
      featureId: number
      respondent: string
      functional: KanoAnswer
      dysfunctional: KanoAnswer
    }): Promise<KanoAnswerRow> {
      await requireFeature(db, input.featureId)
      const row = await db
        .insertInto('kano_answers')
        .values({
          feature_id: input.featureId,
          ...kanoAnswerColumns.write({ ...input, createdAt: now().toISOString() })
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toAnswer(row)
    },

    async deleteAnswer(id: number): Promise<{ deleted: number }> {
      const { numDeletedRows } = await db.deleteFrom('kano_answers').where('id', '=', id).executeTakeFirst()
      if (numDeletedRows === 0n) throw new ApiError('not_found', `There is no recorded answer with id ${id}.`)
      return { deleted: id }
    },

    /**
     * Answers from CSV, all or nothing: features are matched by name (ignoring case) or created;
     * a row without a respondent is named after its line, so it can be traced back to the file.
     */
    async importCsv(productId: number, csv: string): Promise<{ featuresCreated: number; answersAdded: number }> {
      await getProduct(db, productId)
      const parsed = parseKanoCsv(csv)
      if (!parsed.ok) throw csvRefusal(parsed.errors)
      if (parsed.rows.length === 0) {
        throw new ApiError('invalid_input', 'The CSV has a header but no answers.', [
          { path: 'csv', message: 'Add one row per answer' }
        ])
      }
      const stamp = now().toISOString()
      return inTransaction(db, async (trx) => {
        const existing = await trx
          .selectFrom('kano_features')
          .select(['id', 'name'])
          .where('product_id', '=', productId)
          .execute()
        const byName = new Map(existing.map((f) => [f.name.toLowerCase(), f.id]))
        let featuresCreated = 0
        for (const row of parsed.rows) {
          let featureId = byName.get(row.feature.toLowerCase())
          if (featureId === undefined) {
            featureId = await insertFeature(trx, productId, row.feature, null)
            byName.set(row.feature.toLowerCase(), featureId)
            featuresCreated++
          }
          await trx
            .insertInto('kano_answers')
            .values({
              feature_id: featureId,
              ...kanoAnswerColumns.write({
                ...row,
                respondent: row.respondent ?? `line ${row.line}`,
                createdAt: stamp
              })
            })
            .execute()
        }
        return { featuresCreated, answersAdded: parsed.rows.length }
      })
    },

    async results(productId: number): Promise<KanoFeatureResult[]> {
      await getProduct(db, productId)
      const features = await db
        .selectFrom('kano_features')
        .selectAll()
        .where('product_id', '=', productId)
        .orderBy('id')
        .execute()
      const answers = await db
        .selectFrom('kano_answers as a')
        .innerJoin('kano_features as f', 'f.id', 'a.feature_id')
        .select(['a.feature_id', 'a.functional', 'a.dysfunctional'])
        .where('f.product_id', '=', productId)
        .execute()
      const byFeature = new Map<number, typeof answers>()
      for (const answer of answers)
        byFeature.set(answer.feature_id, [...(byFeature.get(answer.feature_id) ?? []), answer])
      return features.map((feature) => ({
        featureId: feature.id,
        feature: feature.name,
        itemId: feature.item_id,
        ...kanoResult(byFeature.get(feature.id) ?? [])
      }))
    }
  }
}
