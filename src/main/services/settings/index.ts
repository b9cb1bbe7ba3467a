import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { readSettings, setDefinition, updateScale } from './definitions'

/** Per-product settings: the estimate scale and size threshold, the Definitions of Ready and Done. */
export function settingsHandlers({ db }: ServiceDeps): HandlerMap<MethodsOf<'settings' | 'definitions'>> {
  return {
    'settings.get': ({ productId }) => readSettings(db, productId),
    'settings.update': (input) => updateScale(db, input),
    'definitions.set': (input) => setDefinition(db, input)
  }
}
