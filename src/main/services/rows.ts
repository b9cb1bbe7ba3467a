import type { Selectable } from 'kysely'
import type { BacklogItem, Product, StatusChange, WorkflowState } from '@shared/api'
import type { Database } from '../db/schema'
import type { RowSummary } from './backlog-rows'

/** Maps stored rows (snake_case, integers for booleans) to the API's shapes. */
export function toProduct(row: Selectable<Database['products']> & { item_count: number }): Product {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    isSample: row.is_sample === 1,
    archived: row.archived_at !== null,
    itemCount: row.item_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function toWorkflowState(row: Selectable<Database['workflow_states']>): WorkflowState {
  return { id: row.id, productId: row.product_id, name: row.name, category: row.category, position: row.position }
}

export function toBacklogItem(row: Selectable<Database['backlog_items']>, summary: RowSummary): BacklogItem {
  return {
    id: row.id,
    productId: row.product_id,
    type: row.type,
    title: row.title,
    description: row.description,
    estimate: row.estimate,
    stateId: row.state_id,
    rank: row.rank,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    parentId: row.parent_id,
    teamId: row.team_id,
    ...summary
  }
}

export function toStatusChange(row: Selectable<Database['status_changes']>): StatusChange {
  return {
    id: row.id,
    itemId: row.item_id,
    fromStateId: row.from_state_id,
    toStateId: row.to_state_id,
    changedAt: row.changed_at,
    notDoneReason: row.not_done_reason
  }
}
