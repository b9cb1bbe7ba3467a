import type { z } from 'zod'
import { backlogMethods } from './methods/backlog'
import { backlogSearchMethods } from './methods/backlog-search'
import { customersMethods } from './methods/customers'
import { ebmMethods } from './methods/ebm'
import { flowMethods } from './methods/flow'
import { healthMethods } from './methods/health'
import { importExportMethods } from './methods/import-export'
import { orderingMethods } from './methods/ordering'
import { practiceMethods } from './methods/practice'
import { productsMethods } from './methods/products'
import { refinementMethods } from './methods/refinement'
import { reportsMethods } from './methods/reports'
import { settingsMethods } from './methods/settings'
import { sprintReviewsMethods } from './methods/sprint-reviews'
import { storymapMethods } from './methods/storymap'
import { strategyMethods } from './methods/strategy'
import { systemMethods } from './methods/system'
import { teamsMethods } from './methods/teams'
import { undoMethods } from './methods/undo'
import { visionMethods } from './methods/vision'

/**
 * Every method the renderer, browser mode and the CLI can call, declared once (one module per
 * area under ./methods). The dispatcher validates inputs with these schemas; the client is typed from them.
 */
export const api = {
  ...systemMethods,
  ...productsMethods,
  ...backlogMethods,
  ...healthMethods,
  ...flowMethods,
  ...orderingMethods,
  ...ebmMethods,
  ...visionMethods,
  ...sprintReviewsMethods,
  ...customersMethods,
  ...undoMethods,
  ...refinementMethods,
  ...storymapMethods,
  ...settingsMethods,
  ...teamsMethods,
  ...backlogSearchMethods,
  ...importExportMethods,
  ...strategyMethods,
  ...practiceMethods,
  ...reportsMethods
} as const

export type Api = typeof api
export type MethodName = keyof Api
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>

export const METHOD_NAMES = Object.keys(api) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name)
}
