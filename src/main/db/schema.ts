import type { Generated } from 'kysely'
import type { ItemType, StateCategory } from '@shared/domain/backlog'

/** Kysely's view of the tables; column names are snake_case as stored. */
export interface Database {
  app_meta: { key: string; value: string }
  products: {
    id: Generated<number>
    name: string
    description: string
    is_sample: number
    archived_at: string | null
    created_at: string
    updated_at: string
  }
  workflow_states: {
    id: Generated<number>
    product_id: number
    name: string
    category: StateCategory
    position: number
  }
  backlog_items: {
    id: Generated<number>
    product_id: number
    type: ItemType
    title: string
    description: string
    estimate: number | null
    state_id: number
    rank: string
    created_at: string
    updated_at: string
    deleted_at: string | null
  }
  status_changes: {
    id: Generated<number>
    item_id: number
    from_state_id: number | null
    to_state_id: number
    changed_at: string
  }
  flow_calendars: {
    product_id: number
    weekends_off: number
    non_working_days: string
  }
  saved_forecasts: {
    id: Generated<number>
    product_id: number
    question: 'when' | 'how-many'
    question_key: string
    label: string
    inputs: string
    result: string
    created_at: string
  }
}
