import { sql } from 'kysely'
import { isOpenCategory } from '@shared/domain/backlog'
import type { AlignmentInputGoal } from '@shared/domain/vision/alignment'
import type { HealthItem, InvestSubject, RemovedItem } from '@shared/domain/deep'
import { RECENT_DAYS } from '@shared/domain/deep'
import { diffDays } from '@shared/domain/flow'
import { rowSummaries } from '../backlog/row-summaries'
import type { Db } from '../deps'

/** Live items in backlog order with what the health view judges them by: one query per kind of fact. */
export async function readHealthItems(db: Db, productId: number): Promise<(HealthItem & { blockedByCount: number })[]> {
  const [rows, summary] = await Promise.all([
    db
      .selectFrom('backlog_items as i')
      .innerJoin('workflow_states as s', 's.id', 'i.state_id')
      .leftJoin('item_goal_links as g', 'g.item_id', 'i.id')
      .select([
        'i.id',
        'i.title',
        'i.type',
        'i.estimate',
        'i.rank',
        's.category',
        'i.parent_id',
        'i.created_at',
        'i.updated_at',
        'g.goal_id'
      ])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('i.rank')
      .orderBy('i.id')
      .execute(),
    rowSummaries(db, productId)
  ])
  return rows.map((row) => {
    const { criteriaCount, ready, blockedByCount } = summary(row.id)
    return {
      id: row.id,
      title: row.title,
      type: row.type,
      estimate: row.estimate,
      rank: row.rank,
      open: isOpenCategory(row.category),
      criteriaCount,
      ready,
      blockedByCount,
      parentId: row.parent_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      goalId: row.goal_id
    }
  })
}

/** Items deleted in the last RECENT_DAYS days. */
export async function readRecentlyRemoved(db: Db, productId: number, now: Date): Promise<RemovedItem[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString()
  const rows = await db
    .selectFrom('backlog_items')
    .select(['id', 'title', 'created_at', 'deleted_at'])
    .where('product_id', '=', productId)
    .where('deleted_at', '>=', since)
    .orderBy('deleted_at', 'desc')
    .execute()
  return rows.map((row) => ({ id: row.id, title: row.title, createdAt: row.created_at, deletedAt: row.deleted_at! }))
}

export async function readReadyLineCount(db: Db, productId: number): Promise<number> {
  const row = await db
    .selectFrom('definition_criteria')
    .select(sql<number>`count(*)`.as('n'))
    .where('product_id', '=', productId)
    .where('kind', '=', 'ready')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export function readGoals(db: Db, productId: number): Promise<AlignmentInputGoal[]> {
  return db.selectFrom('product_goals').select(['id', 'title', 'status']).where('product_id', '=', productId).execute()
}

/** Calendar days of the latest Sprint (both ends included), null without Sprints. */
export async function readSprintDays(db: Db, productId: number): Promise<number | null> {
  const latest = await db
    .selectFrom('sprints')
    .select(['start_date', 'end_date'])
    .where('product_id', '=', productId)
    .orderBy('start_date', 'desc')
    .limit(1)
    .executeTakeFirst()
  return latest ? diffDays(latest.start_date, latest.end_date) + 1 : null
}

/** The top items as INVEST sees them: their acceptance criteria in order. */
export async function readInvestSubjects(
  db: Db,
  top: readonly (HealthItem & { blockedByCount: number })[]
): Promise<InvestSubject[]> {
  const criteria = new Map<number, string[]>()
  if (top.length > 0) {
    const rows = await db
      .selectFrom('acceptance_criteria')
      .select(['item_id', 'text'])
      .where(
        'item_id',
        'in',
        top.map((item) => item.id)
      )
      .orderBy('item_id')
      .orderBy('position')
      .execute()
    for (const row of rows) criteria.set(row.item_id, [...(criteria.get(row.item_id) ?? []), row.text])
  }
  return top.map((item) => ({
    id: item.id,
    title: item.title,
    type: item.type,
    criteria: criteria.get(item.id) ?? [],
    estimate: item.estimate,
    blockedByCount: item.blockedByCount
  }))
}
