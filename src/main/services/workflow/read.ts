import type { Selectable } from 'kysely'
import type { WorkflowState } from '@shared/api'
import type { Database } from '../../db/schema'
import type { ServiceDeps } from '../deps'
import { requireProduct } from '../products/service'

export function toWorkflowState(row: Selectable<Database['workflow_states']>): WorkflowState {
  return {
    id: row.id,
    productId: row.product_id,
    name: row.name,
    category: row.category,
    position: row.position,
    wipLimit: row.wip_limit,
    entryPolicy: row.entry_policy,
    exitPolicy: row.exit_policy
  }
}

export function createWorkflowService({ db }: ServiceDeps) {
  return {
    async list(productId: number): Promise<WorkflowState[]> {
      await requireProduct(db, productId)
      const rows = await db
        .selectFrom('workflow_states')
        .selectAll()
        .where('product_id', '=', productId)
        .orderBy('position')
        .execute()
      return rows.map(toWorkflowState)
    }
  }
}
