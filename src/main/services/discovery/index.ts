import type { discoveryMethods } from '@shared/api/methods/discovery'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
import { assumptionMap, createAssumption, deleteAssumption, promoteAssumption, updateAssumption } from './assumptions'
import { definitionStore, getDefinition } from './definition'
import { createInterview, deleteInterview, listInterviews, updateInterview } from './interviews'
import { createSegment, deleteSegment, listSegments, updateSegment } from './segments'

export function discoveryHandlers(deps: ServiceDeps): HandlerMap<keyof typeof discoveryMethods> {
  const { db, now } = deps
  const forProduct = productScoped(db)
  return {
    'discovery.segments.list': forProduct(({ productId }) => listSegments(db, productId)),
    'discovery.segments.create': forProduct((input) => createSegment(db, input, now())),
    'discovery.segments.update': (input) => updateSegment(db, input, now()),
    'discovery.segments.delete': ({ id }) => deleteSegment(db, id),

    'discovery.definition.get': forProduct(({ productId }) => getDefinition(db, productId)),
    'discovery.definition.save': forProduct(({ productId, content, reason }) =>
      definitionStore.save(db, productId, content, reason, now())
    ),
    'discovery.definition.versions': forProduct(({ productId }) => definitionStore.list(db, productId)),
    'discovery.definition.version': ({ id }) => definitionStore.version(db, id),
    'discovery.definition.compare': ({ fromVersionId, toVersionId }) =>
      definitionStore.compare(db, fromVersionId, toVersionId),

    'discovery.interviews.list': forProduct(({ productId }) => listInterviews(db, productId)),
    'discovery.interviews.create': forProduct((input) => createInterview(db, input, now())),
    'discovery.interviews.update': (input) => updateInterview(db, input, now()),
    'discovery.interviews.delete': ({ id }) => deleteInterview(db, id),

    'discovery.assumptions.list': forProduct(({ productId }) => assumptionMap(db, productId, now())),
    'discovery.assumptions.create': forProduct((input) => createAssumption(db, input, now())),
    'discovery.assumptions.update': (input) => updateAssumption(db, input, now()),
    'discovery.assumptions.delete': ({ id }) => deleteAssumption(db, id),
    'discovery.assumptions.promote': (input) => promoteAssumption(deps, input)
  }
}
