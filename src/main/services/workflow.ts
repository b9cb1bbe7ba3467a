import type { WorkflowState } from '@shared/api'
import type { ServiceDeps } from './deps'
import { requireProduct } from './products'
import { toWorkflowState } from './rows'

export function createWorkflowService({ db }: ServiceDeps) {
  return {
    async list(productId: number): Promise<WorkflowState[]> {
      await requireProduct(db, productId)
      const rows = await db.selectFrom('workflow_states').selectAll().where('product_id', '=', productId).orderBy('position').execute()
      return rows.map(toWorkflowState)
    }
  }
}
