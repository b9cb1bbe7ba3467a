import { catalogueByArea } from '@shared/domain/ebm'
import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { createExperimentService } from './experiments'
import { createGoalService } from './goals'
import { createMeasureService } from './measures'
import { ebmOverview } from './overview'
import { createValueService } from './values'

export function ebmHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'ebm'>> {
  const measures = createMeasureService(deps)
  const values = createValueService(deps)
  const goals = createGoalService(deps)
  const experiments = createExperimentService(deps)
  return {
    'ebm.catalogue': () => catalogueByArea(),
    'ebm.measures.list': ({ productId }) => measures.list(productId),
    'ebm.measures.adopt': (input) => measures.adopt(input),
    'ebm.measures.create': (input) => measures.create(input),
    'ebm.measures.update': (input) => measures.update(input),
    'ebm.measures.delete': ({ id }) => measures.remove(id),
    'ebm.values.list': ({ measureId }) => values.list(measureId),
    'ebm.values.add': (input) => values.add(input),
    'ebm.values.delete': ({ id }) => values.remove(id),
    'ebm.values.import': (input) => values.import(input),
    'ebm.overview': ({ productId, staleAfterDays }) => ebmOverview(deps, productId, staleAfterDays),
    'ebm.goals.list': ({ productId }) => goals.list(productId),
    'ebm.goals.create': (input) => goals.create(input),
    'ebm.goals.update': (input) => goals.update(input),
    'ebm.goals.delete': ({ id }) => goals.remove(id),
    'ebm.experiments.list': ({ productId }) => experiments.list(productId),
    'ebm.experiments.create': (input) => experiments.create(input),
    'ebm.experiments.update': (input) => experiments.update(input),
    'ebm.experiments.decide': (input) => experiments.decide(input),
    'ebm.experiments.delete': ({ id }) => experiments.remove(id)
  }
}
