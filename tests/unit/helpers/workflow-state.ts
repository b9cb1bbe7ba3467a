import type { WorkflowState } from '@shared/api'

/** A workflow state of product 1 as the API returns it, placed by its id. */
export function workflowState(
  id: number,
  name: string,
  category: WorkflowState['category'],
  wipLimit: number | null = null,
  entryPolicy = '',
  exitPolicy = ''
): WorkflowState {
  return { id, productId: 1, name, category, position: id, wipLimit, entryPolicy, exitPolicy }
}
