import type { z } from 'zod'
import { combineMethods } from './define'
import { appMethods } from './methods/app'
import { backlogMethods } from './methods/backlog'
import { backupsMethods } from './methods/backups'
import { definitionsMethods } from './methods/definitions'
import { discoveryMethods } from './methods/discovery'
import { ebmMethods } from './methods/ebm'
import { exportMethods } from './methods/export'
import { filtersMethods } from './methods/filters'
import { flowMethods } from './methods/flow'
import { forecastsMethods } from './methods/forecasts'
import { goalsMethods } from './methods/goals'
import { importMethods } from './methods/import'
import { kanoMethods } from './methods/kano'
import { labelsMethods } from './methods/labels'
import { okrsMethods } from './methods/okrs'
import { orderingMethods } from './methods/ordering'
import { personasMethods } from './methods/personas'
import { practiceMethods } from './methods/practice'
import { productsMethods } from './methods/products'
import { refinementMethods } from './methods/refinement'
import { releasesMethods } from './methods/releases'
import { reportsMethods } from './methods/reports'
import { retrospectivesMethods } from './methods/retrospectives'
import { reviewsMethods } from './methods/reviews'
import { roadmapMethods } from './methods/roadmap'
import { sampleMethods } from './methods/sample'
import { settingsMethods } from './methods/settings'
import { sprintReviewsMethods } from './methods/sprint-reviews'
import { sprintsMethods } from './methods/sprints'
import { stakeholdersMethods } from './methods/stakeholders'
import { storymapMethods } from './methods/storymap'
import { strategyMethods } from './methods/strategy'
import { teamsMethods } from './methods/teams'
import { visionMethods } from './methods/vision'
import { workflowMethods } from './methods/workflow'

/**
 * Every method the renderer, browser mode and the CLI can call, declared once: one module per
 * method prefix under ./methods (`goals.*` in methods/goals.ts). The dispatcher validates inputs
 * with these schemas; the client is typed from them.
 */
export const api = combineMethods(
  appMethods,
  backupsMethods,
  productsMethods,
  sampleMethods,
  workflowMethods,
  backlogMethods,
  labelsMethods,
  filtersMethods,
  flowMethods,
  forecastsMethods,
  orderingMethods,
  releasesMethods,
  kanoMethods,
  ebmMethods,
  visionMethods,
  goalsMethods,
  sprintsMethods,
  okrsMethods,
  roadmapMethods,
  sprintReviewsMethods,
  retrospectivesMethods,
  personasMethods,
  stakeholdersMethods,
  discoveryMethods,
  refinementMethods,
  storymapMethods,
  settingsMethods,
  definitionsMethods,
  teamsMethods,
  importMethods,
  exportMethods,
  strategyMethods,
  practiceMethods,
  reportsMethods,
  reviewsMethods
)

export type Api = typeof api
export type MethodName = keyof Api
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>

export const METHOD_NAMES = Object.keys(api) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name)
}
