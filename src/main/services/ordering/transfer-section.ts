import { z } from 'zod'
import { ItemScores } from '@shared/api/methods/ordering'
import { ORDERING_SCORE_FIELDS } from '@shared/domain/ordering'
import { KANO_ANSWERS } from '@shared/domain/ordering/scales'
import { defineSection } from '../transfer/section'
import { toItemScores, toScoreColumns } from './board'
import { kanoAnswerColumns, kanoFeatureColumns, releaseColumns, scoreChangeColumns } from './columns'

const Id = z.number().int().positive()

const OrderingSection = z.object({
  releases: z.array(
    z.object({ id: Id, name: z.string().min(1), targetDate: z.string().nullable(), createdAt: z.string() })
  ),
  scores: z.array(z.object({ itemId: Id, scores: ItemScores, updatedAt: z.string() })),
  /** The whole score history, oldest first: how the Product Owner's thinking moved. */
  scoreChanges: z.array(
    z.object({
      itemId: Id,
      field: z.enum(ORDERING_SCORE_FIELDS),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      changedAt: z.string()
    })
  ),
  kano: z.array(
    z.object({
      name: z.string().min(1),
      itemId: Id.nullable(),
      createdAt: z.string(),
      answers: z.array(
        z.object({
          respondent: z.string(),
          functional: z.enum(KANO_ANSWERS),
          dysfunctional: z.enum(KANO_ANSWERS),
          createdAt: z.string()
        })
      )
    })
  )
})

/**
 * Scores with their history, releases and Kano surveys. The snapshots behind "undo apply" stay
 * behind: they undo an action in this database, not part of the product.
 */
export const orderingSection = defineSection({
  name: 'ordering',
  schema: OrderingSection,

  async export(db, productId) {
    const productItems = db
      .selectFrom('backlog_items')
      .select('id')
      .where('product_id', '=', productId)
      .where('deleted_at', 'is', null)
    const releases = await db
      .selectFrom('releases')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const scores = await db
      .selectFrom('item_scores')
      .selectAll()
      .where('item_id', 'in', productItems)
      .orderBy('item_id')
      .execute()
    const changes = await db
      .selectFrom('score_changes')
      .selectAll()
      .where('item_id', 'in', productItems)
      .orderBy('changed_at')
      .orderBy('id')
      .execute()
    const features = await db
      .selectFrom('kano_features')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const liveItems = new Set((await productItems.execute()).map((i) => i.id))
    const answers = await db
      .selectFrom('kano_answers')
      .selectAll()
      .where('feature_id', 'in', features.length ? features.map((f) => f.id) : [-1])
      .orderBy('id')
      .execute()
    return {
      releases: releases.map((r) => ({ id: r.id, ...releaseColumns.read(r) })),
      scores: scores.map((s) => ({
        itemId: s.item_id,
        scores: toItemScores(s),
        updatedAt: s.updated_at
      })),
      scoreChanges: changes.map((c) => ({ itemId: c.item_id, ...scoreChangeColumns.read(c) })),
      kano: features.map((f) => ({
        ...kanoFeatureColumns.read(f),
        // A link to a deleted item is not part of the product any more.
        itemId: f.item_id !== null && liveItems.has(f.item_id) ? f.item_id : null,
        answers: answers.filter((a) => a.feature_id === f.id).map((a) => kanoAnswerColumns.read(a))
      }))
    }
  },

  async import(trx, productId, data, ids) {
    for (const release of data.releases) {
      const { id } = await trx
        .insertInto('releases')
        .values({ product_id: productId, ...releaseColumns.write(release) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('release', release.id, id)
    }
    for (const [index, { itemId, scores, updatedAt }] of data.scores.entries()) {
      const path = `ordering.scores.${index}`
      await trx
        .insertInto('item_scores')
        .values({
          item_id: ids.get('item', itemId, `${path}.itemId`),
          ...toScoreColumns(scores, updatedAt),
          release_id: ids.getNullable('release', scores.releaseId, `${path}.scores.releaseId`)
        })
        .execute()
    }
    for (const [index, change] of data.scoreChanges.entries()) {
      const path = `ordering.scoreChanges.${index}`
      // A release in the history is an id; it follows the release to its new id.
      const release = (value: string | null, field: string) =>
        change.field === 'releaseId' && value !== null
          ? String(ids.get('release', Number(value), `${path}.${field}`))
          : value
      await trx
        .insertInto('score_changes')
        .values({
          item_id: ids.get('item', change.itemId, `${path}.itemId`),
          ...scoreChangeColumns.write({
            ...change,
            oldValue: release(change.oldValue, 'oldValue'),
            newValue: release(change.newValue, 'newValue')
          })
        })
        .execute()
    }
    for (const [index, feature] of data.kano.entries()) {
      const { id } = await trx
        .insertInto('kano_features')
        .values({
          product_id: productId,
          item_id: ids.getNullable('item', feature.itemId, `ordering.kano.${index}.itemId`),
          ...kanoFeatureColumns.write(feature)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (feature.answers.length > 0) {
        await trx
          .insertInto('kano_answers')
          .values(feature.answers.map((a) => ({ feature_id: id, ...kanoAnswerColumns.write(a) })))
          .execute()
      }
    }
  }
})
