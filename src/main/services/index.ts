import { joinByMethodName } from '@shared/api/define'
import type { Handlers } from '../api/handlers'
import { backlogHandlers } from './backlog'
import { customersHandlers } from './customers'
import { discoveryHandlers } from './discovery'
import { ebmHandlers } from './ebm'
import { flowHandlers } from './flow'
import { healthHandlers } from './health'
import { importExportHandlers, type ImportDeps } from './import-export'
import { orderingHandlers } from './ordering'
import { practiceHandlers } from './practice'
import { productsHandlers } from './products'
import { refinementHandlers } from './refinement'
import { reportsHandlers, type ReportsDeps } from './reports'
import { sampleHandlers } from './sample'
import { backlogSearchHandlers } from './search'
import { settingsHandlers } from './settings'
import { sprintReviewsHandlers } from './sprint-reviews'
import { storymapHandlers } from './storymap'
import { strategyHandlers } from './strategy'
import { systemHandlers, type SystemDeps } from './system'
import { teamsHandlers } from './teams'
import { undoHandlers } from './undo'
import { visionHandlers } from './vision'
import { workflowHandlers } from './workflow'

export type HandlerDeps = SystemDeps & ReportsDeps & ImportDeps

/**
 * The API's method table: each area's folder gives its handler map. TypeScript checks that no
 * method is missing; a method handled by two areas stops the app at start-up.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return joinByMethodName(
    'handler of API method',
    systemHandlers(deps),
    productsHandlers(deps, () => deps.info().version),
    sampleHandlers(deps),
    workflowHandlers(deps),
    backlogHandlers(deps),
    healthHandlers(deps),
    flowHandlers(deps),
    orderingHandlers(deps),
    ebmHandlers(deps),
    visionHandlers(deps),
    sprintReviewsHandlers(deps),
    customersHandlers(deps),
    discoveryHandlers(deps),
    undoHandlers(deps),
    refinementHandlers(deps),
    storymapHandlers(deps),
    settingsHandlers(deps),
    teamsHandlers(deps),
    backlogSearchHandlers(deps),
    importExportHandlers(deps),
    strategyHandlers(deps),
    practiceHandlers(deps),
    reportsHandlers(deps)
  )
}
