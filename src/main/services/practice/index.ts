import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import { createJournalService } from './journal'
import { evidenceSources } from './snapshots'

export function practiceHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'practice'>> {
  const journal = createJournalService(deps)
  const forProduct = productScoped(deps.db)
  return {
    'practice.entries.list': ({ productId, trackId }) => journal.list(productId, trackId),
    'practice.entries.get': ({ id }) => journal.detail(id),
    'practice.entries.create': (input) => journal.create(input),
    'practice.entries.update': (input) => journal.update(input),
    'practice.entries.delete': ({ id }) => journal.remove(id),
    'practice.actions.add': (input) => journal.addAction(input),
    'practice.actions.delete': ({ id }) => journal.removeAction(id),
    'practice.evidence.sources': forProduct(({ productId, kind }) => evidenceSources(deps, productId, kind)),
    'practice.evidence.add': (input) => journal.addEvidence(input),
    'practice.evidence.file': ({ id }) => journal.file(id),
    'practice.evidence.delete': ({ id }) => journal.removeEvidence(id),
    'practice.progress': ({ productId }) => journal.progress(productId)
  }
}
