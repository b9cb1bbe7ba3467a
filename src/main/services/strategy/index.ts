import type { strategyMethods } from '@shared/api/methods/strategy'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../product-scope'
import {
  canvasState,
  compareCanvasVersions,
  createCanvas,
  deleteCanvas,
  getCanvasVersion,
  listCanvases,
  listCanvasVersions,
  saveCanvas,
  updateCanvas
} from './canvases'

export function strategyHandlers({ db, now }: ServiceDeps): HandlerMap<keyof typeof strategyMethods> {
  const forProduct = productScoped(db)
  return {
    'strategy.canvases.list': forProduct(({ productId, kind }) => listCanvases(db, productId, kind)),
    'strategy.canvases.create': forProduct((input) => createCanvas(db, input, now())),
    'strategy.canvases.update': (input) => updateCanvas(db, input, now()),
    'strategy.canvases.delete': ({ id }) => deleteCanvas(db, id),
    'strategy.canvases.get': ({ id }) => canvasState(db, id),
    'strategy.canvases.save': (input) => saveCanvas(db, input, now()),
    'strategy.canvases.versions': ({ canvasId }) => listCanvasVersions(db, canvasId),
    'strategy.canvases.version': ({ id }) => getCanvasVersion(db, id),
    'strategy.canvases.compare': ({ fromVersionId, toVersionId }) => compareCanvasVersions(db, fromVersionId, toVersionId)
  }
}
