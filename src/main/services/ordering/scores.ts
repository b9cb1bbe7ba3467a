import { ApiError } from '@shared/api'
import type { BoardItem, ItemScores, ScoreHistory, ScoresPatch } from '@shared/api/methods/ordering'
import { ORDERING_SCORE_FIELDS, type OrderingScoreField } from '@shared/domain/ordering'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { NO_ITEM_SCORES, boardItems, requireWaitingItem, toItemScores, toScoreColumns } from './board'
import { scoreChangeColumns } from './columns'

/** History keeps values as text; numbers come back as numbers, MoSCoW as its word. */
function fromStored(field: OrderingScoreField, text: string | null): number | string | null {
  if (text === null) return null
  return field === 'moscow' ? text : Number(text)
}

/** Records one field's change in the score history (inside the caller's transaction). */
export async function recordChange(
  db: Db,
  itemId: number,
  field: OrderingScoreField,
  from: unknown,
  to: unknown,
  at: string
): Promise<void> {
  await db
    .insertInto('score_changes')
    .values({
      item_id: itemId,
      ...scoreChangeColumns.write({
        field,
        oldValue: from === null ? null : String(from),
        newValue: to === null ? null : String(to),
        changedAt: at
      })
    })
    .execute()
}

export function createScoreService({ db, now }: ServiceDeps) {
  async function requireReleaseOf(productId: number, releaseId: number): Promise<void> {
    const release = await db.selectFrom('releases').select('product_id').where('id', '=', releaseId).executeTakeFirst()
    if (!release || release.product_id !== productId) {
      throw new ApiError('invalid_input', `Release ${releaseId} is not a release of this product.`, [
        { path: 'scores.releaseId', message: 'Choose one of the product’s releases' }
      ])
    }
  }

  return {
    async setScores(itemId: number, patch: ScoresPatch): Promise<BoardItem> {
      const { productId } = await requireWaitingItem(db, itemId)
      if (patch.releaseId != null) await requireReleaseOf(productId, patch.releaseId)
      const stamp = now().toISOString()
      await inTransaction(db, async (trx) => {
        const row = await trx.selectFrom('item_scores').selectAll().where('item_id', '=', itemId).executeTakeFirst()
        const current = row ? toItemScores(row) : NO_ITEM_SCORES
        const next: ItemScores = { ...current, ...patch }
        const changed = ORDERING_SCORE_FIELDS.filter((field) => field in patch && current[field] !== next[field])
        if (changed.length === 0) return
        const values = toScoreColumns(next, stamp)
        await trx
          .insertInto('item_scores')
          .values({ item_id: itemId, ...values })
          .onConflict((oc) => oc.column('item_id').doUpdateSet(values))
          .execute()
        for (const field of changed) await recordChange(trx, itemId, field, current[field], next[field], stamp)
      })
      const items = await boardItems(db, productId)
      return items.find((item) => item.id === itemId)!
    },

    /** Newest first; without a limit, all of them. */
    async history(
      productId: number,
      itemId: number | undefined,
      page: { limit?: number; offset: number }
    ): Promise<ScoreHistory> {
      await getProduct(db, productId)
      let query = db
        .selectFrom('score_changes as c')
        .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
        .where('i.product_id', '=', productId)
      if (itemId !== undefined) query = query.where('c.item_id', '=', itemId)
      const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
      const rows = await query
        .select(['c.id', 'c.item_id', 'i.title', 'c.field', 'c.old_value', 'c.new_value', 'c.changed_at'])
        .orderBy('c.changed_at', 'desc')
        .orderBy('c.id', 'desc')
        // SQLite reads LIMIT -1 as "no limit", which OFFSET needs.
        .limit(page.limit ?? -1)
        .offset(page.offset)
        .execute()
      const changes = rows.map((row) => {
        const change = scoreChangeColumns.read(row)
        // Only this service writes the history, always with a field of ORDERING_SCORE_FIELDS.
        const field = change.field as OrderingScoreField
        return {
          id: row.id,
          itemId: row.item_id,
          itemTitle: row.title,
          ...change,
          field,
          oldValue: fromStored(field, change.oldValue),
          newValue: fromStored(field, change.newValue)
        }
      })
      return { total, changes }
    }
  }
}
