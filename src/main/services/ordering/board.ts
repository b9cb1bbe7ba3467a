import { sql, type Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { BoardItem, ItemScores } from '@shared/api/methods/ordering'
import type { Release } from '@shared/api/methods/releases'
import type { StateCategory } from '@shared/domain/backlog'
import {
  cd3,
  costOfDelay,
  MODEL_SCORE_FIELDS,
  ORDERING_SCORE_FIELDS,
  quadrant,
  valueEffortRatio,
  wsjf,
  type ModelScores,
  type OrderInputItem
} from '@shared/domain/ordering'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { getProduct } from '../products/service'
import { itemScoreColumns, releaseColumns } from './columns'

type ScoreRow = Selectable<Database['item_scores']>

/** A left join gives nulls throughout when an item has no scores row, which reads as "nothing scored". */
type ScoreRowOrNulls = { [C in keyof ScoreRow]: ScoreRow[C] | null }

export const NO_ITEM_SCORES = Object.fromEntries(ORDERING_SCORE_FIELDS.map((field) => [field, null])) as ItemScores

export function toItemScores(row: ScoreRowOrNulls): ItemScores {
  const { updatedAt: _updatedAt, ...scores } = itemScoreColumns.read(row as ScoreRow)
  return { ...scores, releaseId: row.release_id }
}

/** The item_scores columns of these scores, the release among them untranslated. */
export function toScoreColumns(scores: ItemScores, updatedAt: string) {
  return { ...itemScoreColumns.write({ ...scores, updatedAt }), release_id: scores.releaseId }
}

export function toRelease(row: Selectable<Database['releases']>): Release {
  return { id: row.id, productId: row.product_id, ...releaseColumns.read(row) }
}

/** Items not started yet (live, in a to-do state) of a product in the Product Owner's order, with their scores. */
async function waitingItemRows(db: Db, productId: number) {
  return db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as w', 'w.id', 'i.state_id')
    .leftJoin('item_scores as s', 's.item_id', 'i.id')
    .select(['i.id', 'i.title', 'i.type', 'i.estimate', 'i.rank'])
    .selectAll('s')
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .where('w.category', '=', 'todo')
    .orderBy('i.rank')
    .orderBy('i.id')
    .execute()
}

function toBoardItem(row: Awaited<ReturnType<typeof waitingItemRows>>[number], index: number): BoardItem {
  const scores = toItemScores(row)
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    estimate: row.estimate,
    rank: row.rank,
    manualPosition: index + 1,
    scores,
    costOfDelay: costOfDelay(scores),
    wsjf: wsjf(scores),
    cd3: cd3(scores),
    valueEffort: valueEffortRatio(scores),
    quadrant: quadrant(scores)
  }
}

export async function boardItems(db: Db, productId: number): Promise<BoardItem[]> {
  await getProduct(db, productId)
  return (await waitingItemRows(db, productId)).map(toBoardItem)
}

export async function listReleases(db: Db, productId: number): Promise<Release[]> {
  const rows = await db
    .selectFrom('releases')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy(sql`target_date IS NULL`)
    .orderBy('target_date')
    .orderBy('id')
    .execute()
  return rows.map(toRelease)
}

export function modelScoresOf(scores: ItemScores): ModelScores {
  return Object.fromEntries(MODEL_SCORE_FIELDS.map((field) => [field, scores[field]])) as ModelScores
}

export function toOrderInput(item: BoardItem): OrderInputItem<number> {
  return { id: item.id, title: item.title, scores: modelScoresOf(item.scores) }
}

const NOT_WAITING: Record<Exclude<StateCategory, 'todo'>, string> = {
  in_progress: 'already in progress',
  done: 'done',
  removed: 'removed'
}

/** The product of an item not started yet: models advise what to start next, so only such items are scored. */
export async function requireWaitingItem(db: Db, itemId: number): Promise<{ productId: number }> {
  const row = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as w', 'w.id', 'i.state_id')
    .select(['i.product_id', 'i.deleted_at', 'w.category'])
    .where('i.id', '=', itemId)
    .executeTakeFirst()
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', `There is no backlog item with id ${itemId}.`)
  if (row.category !== 'todo') {
    throw new ApiError(
      'conflict',
      `Item ${itemId} is ${NOT_WAITING[row.category]}; scores are for items not started yet, whose order still matters.`
    )
  }
  return { productId: row.product_id }
}
