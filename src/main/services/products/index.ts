import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { createTransferService } from '../transfer'
import { createProductService } from './service'

/** Products, and their export to and import from a product file (see services/transfer). */
export function productsHandlers(deps: ServiceDeps, appVersion: () => string): HandlerMap<MethodsOf<'products'>> {
  const products = createProductService(deps)
  const transfer = createTransferService(deps, appVersion)
  return {
    'products.list': ({ includeArchived }) => products.list(includeArchived),
    'products.create': ({ name, description }) => products.create(name, description),
    'products.rename': ({ id, name }) => products.rename(id, name),
    'products.setItemPrefix': ({ id, itemPrefix }) => products.setItemPrefix(id, itemPrefix),
    'products.setArchived': ({ id, archived }) => products.setArchived(id, archived),
    'products.delete': ({ id, confirmName }) => products.remove(id, confirmName),
    'products.export': ({ productId }) => transfer.exportProduct(productId),
    'products.import': ({ document, name }) => transfer.importProduct(document, name)
  }
}
