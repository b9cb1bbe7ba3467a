import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { createWorkflowEditor } from './edit'
import { createWorkflowService } from './read'

/** A product's workflow states: their order, categories, WIP limits and policies. */
export function workflowHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'workflow'>> {
  const workflow = createWorkflowService(deps)
  const editor = createWorkflowEditor(deps.db)
  return {
    'workflow.list': ({ productId }) => workflow.list(productId),
    'workflow.add': (input) => editor.add(input),
    'workflow.update': (input) => editor.update(input),
    'workflow.reorder': (input) => editor.reorder(input),
    'workflow.delete': (input) => editor.remove(input)
  }
}
