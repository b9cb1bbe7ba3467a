import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { readSettings, setDefinition, updateScale } from './definitions'
import { createWorkflowEditor } from './workflow-edit'

/** Per-product settings: the estimate scale and size threshold, the Definitions of Ready and Done, the workflow. */
export function settingsHandlers({ db }: ServiceDeps): HandlerMap<MethodsOf<'settings' | 'definitions'> | Exclude<MethodsOf<'workflow'>, 'workflow.list'>> {
  const workflow = createWorkflowEditor(db)
  return {
    'settings.get': ({ productId }) => readSettings(db, productId),
    'settings.update': (input) => updateScale(db, input),
    'definitions.set': (input) => setDefinition(db, input),
    'workflow.add': (input) => workflow.add(input),
    'workflow.update': (input) => workflow.update(input),
    'workflow.reorder': (input) => workflow.reorder(input),
    'workflow.delete': (input) => workflow.remove(input)
  }
}
