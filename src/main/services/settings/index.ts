import type { settingsMethods } from '@shared/api/methods/settings'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { readSettings, setDefinition, updateScale } from './definitions'
import { createWorkflowEditor } from './workflow-edit'

/** Per-product settings: the estimate scale and size threshold, the Definitions of Ready and Done, the workflow. */
export function settingsHandlers({ db }: ServiceDeps): HandlerMap<keyof typeof settingsMethods> {
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
