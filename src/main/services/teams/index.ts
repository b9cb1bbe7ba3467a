import type { HandlerMap, MethodsOf } from '../../api/handlers'
import type { ServiceDeps } from '../deps'
import { createTeamService } from './service'

/** Scrum Teams of a product: one Product Backlog, Product Goal and Definition of Done for them all. */
export function teamsHandlers(deps: ServiceDeps): HandlerMap<MethodsOf<'teams'>> {
  const teams = createTeamService(deps)
  return {
    'teams.list': ({ productId }) => teams.list(productId),
    'teams.create': (input) => teams.create(input),
    'teams.rename': (input) => teams.rename(input),
    'teams.setWipLimit': (input) => teams.setWipLimit(input),
    'teams.remove': ({ id }) => teams.remove(id)
  }
}
