import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ProductSettings } from './settings'

export const definitionsMethods = {
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
                text: z
                  .string()
                  .trim()
                  .min(1, 'Write the line or remove it')
                  .max(500, 'Keep a line to 500 characters or fewer')
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
  })
} as const
