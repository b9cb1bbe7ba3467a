import type { Selectable } from 'kysely'
import type { WorkflowState } from '@shared/api'
import type { Database } from '../../db/schema'
import type { ServiceDeps } from '../deps'
import { requireProduct } from '../products/service'
import { stateColumns } from './columns'

export function toWorkflowState(row: Selectable<Database['workflow_states']>): WorkflowState {
  return { id: row.id, productId: row.product_id, ...stateColumns.read(row) }
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
