import type { Selectable } from 'kysely'
import type { BacklogItem, BacklogListItem, StatusChange } from '@shared/api'
import { itemKey } from '@shared/domain/items/key'
import type { Database } from '../../db/schema'
import { itemColumns, statusChangeColumns } from './columns'
import type { RowSummary } from './row-summaries'

/** The item columns a backlog row shows: listing selects only these. */
export const LISTED_COLUMNS = ['id', 'number', 'type', 'title', 'estimate', 'state_id', 'parent_id', 'team_id'] as const

type ItemRow = Selectable<Database['backlog_items']>

/** `prefix` is the item's product's (products.item_prefix): with the item's number it makes the key. */
export function toBacklogListItem(
  row: Pick<ItemRow, (typeof LISTED_COLUMNS)[number]>,
  summary: RowSummary,
  prefix: string
): BacklogListItem {
  // Written out rather than spread: objects of one shape are what the output check reads fastest.
  const { labels, criteriaCount, blockedByCount, ready } = summary
  return {
    id: row.id,
    key: itemKey(prefix, row.number),
    type: row.type,
    title: row.title,
    estimate: row.estimate,
    stateId: row.state_id,
    parentId: row.parent_id,
    teamId: row.team_id,
    labels,
    criteriaCount,
    blockedByCount,
    ready
  }
}

export function toBacklogItem(row: ItemRow, summary: RowSummary, prefix: string): BacklogItem {
  const { rank, description, createdAt, updatedAt } = itemColumns.read(row)
  return {
    ...toBacklogListItem(row, summary, prefix),
    productId: row.product_id,
    rank,
    description,
    createdAt,
    updatedAt
  }
}

export function toStatusChange(row: Selectable<Database['status_changes']>): StatusChange {
  return {
    id: row.id,
    itemId: row.item_id,
    fromStateId: row.from_state_id,
    toStateId: row.to_state_id,
    ...statusChangeColumns.read(row)
  }
}
