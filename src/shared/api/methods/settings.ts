import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { STATE_CATEGORIES } from '../../domain/backlog'
import { POLICY_MAX_LENGTH, WIP_LIMIT_MAX } from '../../domain/flow/policies'
import { ESTIMATE_SCALES } from '../../domain/items/estimate-scale'
import { ById, ByProduct } from './common'

export const DefinitionCriterion = z.object({ id: s.Id, text: z.string(), position: z.number().int() })

export const ProductSettings = z.object({
  productId: s.Id,
  estimateScale: z.enum(ESTIMATE_SCALES),
  /** Estimates above this are too big for one item (INVEST's Small). */
  estimateThreshold: z.number(),
  definitionOfReady: z.array(DefinitionCriterion),
  definitionOfDone: z.array(DefinitionCriterion)
})
export type ProductSettings = z.infer<typeof ProductSettings>

const StateName = z.string().trim().min(1, 'Give the state a name').max(40, 'Keep the name to 40 characters or fewer')

/** Null takes the limit away. */
/** A limit on the items a state holds at once; null for none. */
export const WipLimit = z
  .number({ message: 'The WIP limit must be a number, or empty for no limit' })
  .int('The WIP limit must be a whole number')
  .min(1, 'The WIP limit must be at least 1; leave it empty for no limit')
  .max(WIP_LIMIT_MAX, `The WIP limit can be at most ${WIP_LIMIT_MAX}`)
  .nullable()

const Policy = (label: string) =>
  z
    .string({ message: `The ${label} must be text` })
    .trim()
    .max(POLICY_MAX_LENGTH, `Keep the ${label} to ${POLICY_MAX_LENGTH.toLocaleString('en')} characters or fewer`)

export const settingsMethods = {
  'settings.get': defineMethod({
    summary: "A product's estimate scale, size threshold and Definitions of Ready and Done.",
    input: ByProduct,
    output: ProductSettings
  }),

  'settings.update': defineMethod({
    summary: 'Change the estimate scale or the threshold above which an item is too big.',
    input: z
      .object({
        productId: s.Id,
        patch: z
          .object({
            estimateScale: z.enum(ESTIMATE_SCALES, { message: `Choose one of: ${ESTIMATE_SCALES.join(', ')}` }),
            estimateThreshold: z.number().positive('The threshold must be above 0').max(100, 'Keep the threshold at 100 or below')
          })
          .partial()
          .strict()
      })
      .strict(),
    output: ProductSettings
  }),

  'definitions.set': defineMethod({
    summary:
      'Replace the Definition of Ready or Done with these lines in order; lines keep their id (and the items’ Ready checks) when given. With teamId, replace that team’s additions to the Definition of Done.',
    input: z
      .object({
        productId: s.Id,
        kind: z.enum(['ready', 'done']),
        /** A team's own lines, on top of the product's Definition of Done; the product's lines stay as they are. */
        teamId: s.Id.optional(),
        criteria: z
          .array(
            z
              .object({
                id: s.Id.optional(),
                text: z.string().trim().min(1, 'Write the line or remove it').max(500, 'Keep a line to 500 characters or fewer')
              })
              .strict()
          )
          .max(30, 'Keep the checklist to 30 lines or fewer')
      })
      .strict()
      .refine((input) => input.teamId === undefined || input.kind === 'done', {
        message: 'A team adds to the Definition of Done only; the Definition of Ready is the product’s',
        path: ['teamId']
      }),
    output: ProductSettings
  }),

  'workflow.add': defineMethod({
    summary: 'Add a workflow state after the last state of its category.',
    input: z.object({ productId: s.Id, name: StateName, category: z.enum(STATE_CATEGORIES) }).strict(),
    output: s.WorkflowState
  }),

  'workflow.update': defineMethod({
    summary:
      'Rename a workflow state, change its category (every category keeps at least one state), or set its WIP limit (to-do and in-progress states) and its entry and exit policies.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            name: StateName,
            category: z.enum(STATE_CATEGORIES),
            wipLimit: WipLimit,
            entryPolicy: Policy('entry policy'),
            exitPolicy: Policy('exit policy')
          })
          .partial()
          .strict()
      })
      .strict(),
    output: s.WorkflowState
  }),

  'workflow.reorder': defineMethod({
    summary: "Put a product's workflow states in this order (every state, once).",
    input: z.object({ productId: s.Id, stateIds: z.array(s.Id).min(1, 'List the states in their new order') }).strict(),
    output: z.array(s.WorkflowState)
  }),

  'workflow.delete': defineMethod({
    summary: 'Delete a workflow state; its items (and their history) move to moveItemsTo, which is needed when it has any.',
    input: ById.extend({ moveItemsTo: s.Id.optional() }).strict(),
    output: z.object({ deleted: s.Id, movedItems: z.number().int().nonnegative() })
  })
} as const
