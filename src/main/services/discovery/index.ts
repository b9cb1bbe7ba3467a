import type { discoveryMethods } from '@shared/api/methods/discovery'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../product-scope'
import { createSegment, deleteSegment, listSegments, updateSegment } from './segments'

export function discoveryHandlers({ db, now }: ServiceDeps): HandlerMap<keyof typeof discoveryMethods> {
  const forProduct = productScoped(db)
  return {
    'discovery.segments.list': forProduct(({ productId }) => listSegments(db, productId)),
    'discovery.segments.create': forProduct((input) => createSegment(db, input, now())),
    'discovery.segments.update': (input) => updateSegment(db, input, now()),
    'discovery.segments.delete': ({ id }) => deleteSegment(db, id)
  }
}
