import { sql } from 'kysely'
import { ApiError } from '@shared/api'
import type { ItemDetail } from '@shared/api/methods/backlog'
import type { Label } from '@shared/api/methods/labels'
import type { ItemType } from '@shared/domain/backlog'
import { isDoneCategory, ITEM_TYPE_LABELS } from '@shared/domain/backlog'
import { parentProblem, rollUp } from '@shared/domain/items/hierarchy'
import { itemKey } from '@shared/domain/items/key'
import type { Db } from '../deps'
import { feedbackTraces } from '../sprint-reviews/traces'
import { getProduct } from '../products/service'
import { labelIds } from '../search/labels'
import { criterionColumns } from './columns'

/** The parts of an item that live in their own tables: read for the detail panel, written by backlog.update. */

type ItemRow = { id: number; product_id: number; type: ItemType; title: string; parent_id: number | null }

const refColumns = ['i.id', 'i.number', 'i.type', 'i.title', 'i.state_id as stateId'] as const

async function liveItem(db: Db, id: number, field: string) {
  const row = await db
    .selectFrom('backlog_items')
    .select(['id', 'product_id', 'type', 'title', 'parent_id'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no backlog item with id ${id}.`, [
      { path: field, message: `No item with id ${id}` }
    ])
  return row
}

const kind = (type: ItemType) => ITEM_TYPE_LABELS[type].toLowerCase()

/** Refuses a parent of another product, the item itself, or one on the wrong level (which also rules out cycles). */
export async function requireParent(
  db: Db,
  item: Pick<ItemRow, 'id' | 'product_id'>,
  type: ItemType,
  parentId: number,
  field: string
): Promise<void> {
  if (parentId === item.id) {
    throw new ApiError('invalid_input', 'An item cannot be its own parent.', [
      { path: field, message: 'Choose another item as the parent' }
    ])
  }
  const parent = await liveItem(db, parentId, field)
  if (parent.product_id !== item.product_id) {
    throw new ApiError('invalid_input', `Item ${parentId} belongs to another product.`, [
      { path: field, message: 'Choose a parent in the same product' }
    ])
  }
  const problem = parentProblem(parent.type, type)
  if (problem)
    throw new ApiError('invalid_input', `“${parent.title}” cannot be the parent: ${problem}`, [
      { path: field, message: problem }
    ])
}

/** When an item changes type, its children must still fit under it. */
export async function requireChildrenFit(db: Db, itemId: number, type: ItemType, field: string): Promise<void> {
  const children = await db
    .selectFrom('backlog_items')
    .select(['title', 'type'])
    .where('parent_id', '=', itemId)
    .where('deleted_at', 'is', null)
    .execute()
  for (const child of children) {
    const problem = parentProblem(type, child.type)
    if (problem) {
      throw new ApiError(
        'invalid_input',
        `As a ${kind(type)} it could no longer hold its child “${child.title}”: ${problem}`,
        [{ path: field, message: `Move its ${kind(child.type)} children elsewhere first` }]
      )
    }
  }
}

export async function writeCriteria(trx: Db, itemId: number, criteria: readonly string[]): Promise<void> {
  await trx.deleteFrom('acceptance_criteria').where('item_id', '=', itemId).execute()
  if (criteria.length === 0) return
  await trx
    .insertInto('acceptance_criteria')
    .values(criteria.map((text, position) => ({ item_id: itemId, ...criterionColumns.write({ position, text }) })))
    .execute()
}

/** Replaces the item's labels; names the product does not have yet become new labels (matched case-insensitively). */
export async function writeLabels(trx: Db, productId: number, itemId: number, names: readonly string[]): Promise<void> {
  await trx.deleteFrom('item_labels').where('item_id', '=', itemId).execute()
  for (const labelId of await labelIds(trx, productId, names)) {
    await trx.insertInto('item_labels').values({ item_id: itemId, label_id: labelId }).execute()
  }
}

/** Records which lines of the Definition of Ready the item meets; every id must be one of those lines. */
export async function writeReadyChecks(
  trx: Db,
  productId: number,
  itemId: number,
  criterionIds: readonly number[]
): Promise<void> {
  const lines = await trx
    .selectFrom('definition_criteria')
    .select('id')
    .where('product_id', '=', productId)
    .where('kind', '=', 'ready')
    .execute()
  const known = new Set(lines.map((l) => l.id))
  criterionIds.forEach((id, index) => {
    if (!known.has(id)) {
      throw new ApiError('invalid_input', `${id} is not a line of this product's Definition of Ready.`, [
        { path: `patch.readyChecks.${index}`, message: 'Name a line of the Definition of Ready' }
      ])
    }
  })
  await trx.deleteFrom('item_ready_checks').where('item_id', '=', itemId).execute()
  const unique = [...new Set(criterionIds)]
  if (unique.length > 0)
    await trx
      .insertInto('item_ready_checks')
      .values(unique.map((criterion_id) => ({ item_id: itemId, criterion_id })))
      .execute()
}

/** The detail panel's view of an item, `item` being its row as the list shows it; `prefix` its product's key prefix. */
export async function readDetail(db: Db, item: ItemDetail['item'], notes: string, prefix: string): Promise<ItemDetail> {
  const keyed = <R extends { number: number }>({ number, ...ref }: R) => ({ ...ref, key: itemKey(prefix, number) })
  const criteria = await db
    .selectFrom('acceptance_criteria')
    .select(['id', 'text'])
    .where('item_id', '=', item.id)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const parent =
    item.parentId === null
      ? undefined
      : await db
          .selectFrom('backlog_items as i')
          .select(refColumns)
          .where('i.id', '=', item.parentId)
          .where('i.deleted_at', 'is', null)
          .executeTakeFirst()
  const children = await db
    .selectFrom('backlog_items as i')
    .select([...refColumns, 'i.estimate'])
    .where('i.parent_id', '=', item.id)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .execute()
  const descendants =
    children.length === 0
      ? []
      : await sql<{ id: number; parentId: number; estimate: number | null }>`
          WITH RECURSIVE below(id, parentId, estimate) AS (
            SELECT id, parent_id, estimate FROM backlog_items WHERE parent_id = ${item.id} AND deleted_at IS NULL
            UNION
            SELECT i.id, i.parent_id, i.estimate FROM backlog_items i JOIN below b ON i.parent_id = b.id WHERE i.deleted_at IS NULL
          )
          SELECT id, parentId, estimate FROM below`
          .execute(db)
          .then((r) => r.rows)
  const blocks = await db
    .selectFrom('item_links as l')
    .innerJoin('backlog_items as i', 'i.id', 'l.blocked_id')
    .select(refColumns)
    .where('l.blocker_id', '=', item.id)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .execute()
  const blockedBy = await db
    .selectFrom('item_links as l')
    .innerJoin('backlog_items as i', 'i.id', 'l.blocker_id')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select([...refColumns, 's.category'])
    .where('l.blocked_id', '=', item.id)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .execute()
  const ready = await db
    .selectFrom('definition_criteria as d')
    .leftJoin('item_ready_checks as r', (join) =>
      join.onRef('r.criterion_id', '=', 'd.id').on('r.item_id', '=', item.id)
    )
    .select(['d.id', 'd.text', 'r.item_id'])
    .where('d.product_id', '=', item.productId)
    .where('d.kind', '=', 'ready')
    .orderBy('d.position')
    .execute()
  return {
    item,
    notes,
    criteria,
    parent: parent ? keyed(parent) : null,
    children: children.map(keyed),
    rollUp: children.length === 0 ? null : rollUp(item.id, descendants),
    blocks: blocks.map(keyed),
    blockedBy: blockedBy.map(({ category, ...ref }) => ({ ...keyed(ref), done: isDoneCategory(category) })),
    readyChecks: ready.map((r) => ({ criterionId: r.id, text: r.text, met: r.item_id !== null })),
    requestedBy: await feedbackTraces(db, { itemId: item.id })
  }
}

/** Adds "blocker blocks blocked"; refuses self-links, other products and cycles (which would leave both stuck). */
export async function addLink(
  db: Db,
  blockerId: number,
  blockedId: number
): Promise<{ blockerId: number; blockedId: number }> {
  if (blockerId === blockedId) {
    throw new ApiError('invalid_input', 'An item cannot block itself.', [
      { path: 'blockedId', message: 'Choose another item' }
    ])
  }
  const blocker = await liveItem(db, blockerId, 'blockerId')
  const blocked = await liveItem(db, blockedId, 'blockedId')
  if (blocker.product_id !== blocked.product_id) {
    throw new ApiError('invalid_input', 'Both items must belong to the same product.', [
      { path: 'blockedId', message: 'Choose an item of the same product' }
    ])
  }
  const { rows } = await sql<{ id: number }>`
    WITH RECURSIVE downstream(id) AS (
      SELECT blocked_id FROM item_links WHERE blocker_id = ${blockedId}
      UNION
      SELECT l.blocked_id FROM item_links l JOIN downstream d ON l.blocker_id = d.id
    )
    SELECT id FROM downstream WHERE id = ${blockerId}`.execute(db)
  if (rows.length > 0) {
    throw new ApiError(
      'invalid_input',
      `“${blocked.title}” already blocks “${blocker.title}” (directly or through other items), so neither could start.`,
      [{ path: 'blockedId', message: 'This link would make a cycle' }]
    )
  }
  await db
    .insertInto('item_links')
    .values({ blocker_id: blockerId, blocked_id: blockedId })
    .onConflict((c) => c.doNothing())
    .execute()
  return { blockerId, blockedId }
}

/** The product's links between live items, in the blocker's then the blocked item's backlog order. */
export async function listLinks(db: Db, productId: number): Promise<Array<{ blockerId: number; blockedId: number }>> {
  return db
    .selectFrom('item_links as l')
    .innerJoin('backlog_items as b', 'b.id', 'l.blocker_id')
    .innerJoin('backlog_items as d', 'd.id', 'l.blocked_id')
    .select(['l.blocker_id as blockerId', 'l.blocked_id as blockedId'])
    .where('b.product_id', '=', productId)
    .where('b.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .orderBy('b.rank')
    .orderBy('d.rank')
    .execute()
}

export async function removeLink(db: Db, blockerId: number, blockedId: number): Promise<{ removed: boolean }> {
  const result = await db
    .deleteFrom('item_links')
    .where('blocker_id', '=', blockerId)
    .where('blocked_id', '=', blockedId)
    .executeTakeFirst()
  return { removed: Number(result.numDeletedRows) > 0 }
}

export async function listLabels(db: Db, productId: number): Promise<Label[]> {
  await getProduct(db, productId)
  const rows = await db
    .selectFrom('labels as l')
    .leftJoin('item_labels as il', 'il.label_id', 'l.id')
    .leftJoin('backlog_items as i', (join) => join.onRef('i.id', '=', 'il.item_id').on('i.deleted_at', 'is', null))
    .select(['l.id', 'l.name', sql<number>`count(i.id)`.as('itemCount')])
    .where('l.product_id', '=', productId)
    .groupBy('l.id')
    .orderBy(sql`l.name COLLATE NOCASE`)
    .execute()
  return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }))
}
