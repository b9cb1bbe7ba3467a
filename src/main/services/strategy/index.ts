import type { strategyMethods } from '@shared/api/methods/strategy'
import type { HandlerMap } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { productScoped } from '../products/scope'
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
import {
  competitorBoard,
  createCompetitor,
  createCriterion,
  deleteCompetitor,
  deleteCriterion,
  setScore,
  updateCompetitor,
  updateCriterion
} from './competitors'
import { costSheet, createCost, deleteCost, updateCost } from './costs'
import { createInfluence, deleteInfluence, influenceBoard, updateInfluence } from './influences'

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
    'strategy.canvases.compare': ({ fromVersionId, toVersionId }) =>
      compareCanvasVersions(db, fromVersionId, toVersionId),

    'strategy.competitors.get': ({ productId }) => competitorBoard(db, productId),
    'strategy.competitors.create': forProduct((input) => createCompetitor(db, input, now())),
    'strategy.competitors.update': (input) => updateCompetitor(db, input, now()),
    'strategy.competitors.delete': ({ id }) => deleteCompetitor(db, id),
    'strategy.criteria.create': forProduct((input) => createCriterion(db, input, now())),
    'strategy.criteria.update': (input) => updateCriterion(db, input),
    'strategy.criteria.delete': ({ id }) => deleteCriterion(db, id),
    'strategy.scores.set': (input) => setScore(db, input, now()),

    'strategy.costs.list': forProduct(({ productId }) => costSheet(db, productId)),
    'strategy.costs.create': forProduct((input) => createCost(db, input, now())),
    'strategy.costs.update': (input) => updateCost(db, input, now()),
    'strategy.costs.delete': ({ id }) => deleteCost(db, id),

    'strategy.influences.list': forProduct(({ productId }) => influenceBoard(db, productId)),
    'strategy.influences.create': forProduct((input) => createInfluence(db, input, now())),
    'strategy.influences.update': (input) => updateInfluence(db, input, now()),
    'strategy.influences.delete': ({ id }) => deleteInfluence(db, id)
  }
}
