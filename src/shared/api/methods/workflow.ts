import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { POLICY_MAX_LENGTH, WIP_LIMIT_MAX } from '../../domain/flow/policies'
import { STATE_CATEGORIES } from '../../domain/backlog'
import { ById, ByProduct } from './common'

const StateName = z.string().trim().min(1, 'Give the state a name').max(40, 'Keep the name to 40 characters or fewer')

/** A limit on the items a state holds at once; null takes it away. */
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

export const workflowMethods = {
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
    summary:
      'Delete a workflow state; its items (and their history) move to moveItemsTo, which is needed when it has any.',
    input: ById.extend({ moveItemsTo: s.Id.optional() }).strict(),
    output: z.object({ deleted: s.Id, movedItems: z.number().int().nonnegative() })
  }),

  'workflow.list': defineMethod({
    summary: "A product's workflow states in order.",
    input: ByProduct,
    output: z.array(s.WorkflowState)
  })
} as const
