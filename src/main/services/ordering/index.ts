import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { createApplyService } from './apply'
import { boardItems, listReleases } from './board'
import { createKanoService } from './kano'
import { createReleaseService } from './releases'
import { createScoreService } from './scores'

export function orderingHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'ordering' | 'releases' | 'kano'>> {
  const scores = createScoreService(deps)
  const apply = createApplyService(deps)
  const releases = createReleaseService(deps)
  const kano = createKanoService(deps)
  return {
    'ordering.board': async ({ productId }) => ({
      productId,
      items: await boardItems(deps.db, productId),
      releases: await listReleases(deps.db, productId)
    }),
    'ordering.setScores': ({ itemId, scores: patch }) => scores.setScores(itemId, patch),
    'ordering.history': ({ productId, itemId, limit, offset }) => scores.history(productId, itemId, { limit, offset }),
    'ordering.compare': ({ productId, model }) => apply.compare(productId, model),
    'ordering.previewApply': ({ productId, model }) => apply.preview(productId, model),
    'ordering.apply': ({ productId, model }) => apply.apply(productId, model),
    'ordering.undoApply': ({ snapshotId }) => apply.undo(snapshotId),
    'ordering.snapshots': ({ productId }) => apply.snapshots(productId),
    'ordering.moscow': ({ productId }) => releases.moscow(productId),
    'releases.list': ({ productId }) => releases.list(productId),
    'releases.create': ({ productId, name, targetDate }) => releases.create(productId, name, targetDate),
    'releases.update': ({ id, patch }) => releases.update(id, patch),
    'releases.delete': ({ id }) => releases.remove(id),
    'kano.features.list': ({ productId }) => kano.listFeatures(productId),
    'kano.features.create': ({ productId, name, itemId }) => kano.createFeature(productId, name, itemId),
    'kano.features.delete': ({ id }) => kano.deleteFeature(id),
    'kano.answers.list': ({ featureId }) => kano.listAnswers(featureId),
    'kano.answers.add': (input) => kano.addAnswer(input),
    'kano.answers.delete': ({ id }) => kano.deleteAnswer(id),
    'kano.import': ({ productId, csv }) => kano.importCsv(productId, csv),
    'kano.results': ({ productId }) => kano.results(productId)
  }
}
