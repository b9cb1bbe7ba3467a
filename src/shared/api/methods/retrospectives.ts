import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ById } from './common'
import { BySprint, Text } from './sprint-reviews'

export const RetrospectiveAction = z.object({ id: s.Id, text: z.string(), done: z.boolean() })
export type RetrospectiveAction = z.infer<typeof RetrospectiveAction>

export const Retrospective = z.object({
  sprintId: s.Id,
  note: z.string(),
  actions: z.array(RetrospectiveAction),
  /** Null while nothing was written for this Sprint. */
  updatedAt: s.IsoTime.nullable()
})
export type Retrospective = z.infer<typeof Retrospective>
const ActionText = Text('improvement action', 500).min(
  1,
  'Write the improvement action, e.g. "Invite the finance officer to the review"'
)

export const retrospectivesMethods = {
  'retrospectives.get': defineMethod({
    summary:
      "The Product Owner's Retrospective note for a Sprint and its improvement actions (empty when none was written).",
    input: BySprint,
    output: Retrospective
  }),

  'retrospectives.save': defineMethod({
    summary: "Write the Product Owner's Retrospective note for a Sprint.",
    input: z.object({ sprintId: s.Id, note: Text('Retrospective note', 10_000) }).strict(),
    output: Retrospective
  }),

  'retrospectives.addAction': defineMethod({
    summary: 'Add an improvement action to a Sprint’s Retrospective note.',
    input: z.object({ sprintId: s.Id, text: ActionText }).strict(),
    output: Retrospective
  }),

  'retrospectives.updateAction': defineMethod({
    summary: 'Change an improvement action’s text, or mark it done or not done.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({ text: ActionText, done: z.boolean({ message: 'Say whether the action is done (true or false)' }) })
          .partial()
          .strict()
      })
      .strict(),
    output: Retrospective
  }),

  'retrospectives.deleteAction': defineMethod({
    summary: 'Remove an improvement action.',
    input: ById,
    output: Retrospective
  })
} as const
