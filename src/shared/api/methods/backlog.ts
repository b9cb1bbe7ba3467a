import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES } from '../../domain/backlog'
import { ById, ByProduct } from './common'

export const backlogMethods = {
  'backlog.list': defineMethod({
    summary: "A product's backlog in the s.Product Owner's order.",
    input: ByProduct,
    output: z.array(s.BacklogItem)
  }),

  'backlog.get': defineMethod({
    summary: 'One backlog item.',
    input: ById,
    output: s.BacklogItem
  }),

  'backlog.create': defineMethod({
    summary: 'Add an item at the top or the bottom of the backlog.',
    input: z
      .object({
        productId: s.Id,
        type: z.enum(ITEM_TYPES).default('story'),
        title: s.ItemTitle,
        description: z.string().max(20000).default(''),
        estimate: s.Estimate.nullable().default(null),
        stateId: s.Id.optional(),
        placement: z.enum(['top', 'bottom']).default('bottom')
      })
      .strict(),
    output: s.BacklogItem
  }),

  'backlog.update': defineMethod({
    summary: 'Change fields of an item; a status change is recorded with its time.',
    input: z
      .object({
        id: s.Id,
        patch: z
          .object({
            type: z.enum(ITEM_TYPES),
            title: s.ItemTitle,
            description: z.string().max(20000),
            estimate: s.Estimate.nullable(),
            stateId: s.Id
          })
          .partial()
          .strict()
      })
      .strict(),
    output: s.BacklogItem
  }),

  'backlog.move': defineMethod({
    summary: 'Place an item right after afterId (or right before beforeId when afterId is null); writes only the moved row.',
    input: z.object({ id: s.Id, afterId: s.Id.nullable(), beforeId: s.Id.nullable() }).strict(),
    output: s.BacklogItem
  }),

  'backlog.delete': defineMethod({
    summary: 'Delete an item; it can be restored with backlog.restore.',
    input: ById,
    output: z.object({ deleted: s.Id })
  }),

  'backlog.restore': defineMethod({
    summary: 'Bring back a deleted item at its old place.',
    input: ById,
    output: s.BacklogItem
  }),

  'backlog.history': defineMethod({
    summary: "An item's recorded status changes, oldest first.",
    input: ById,
    output: z.array(s.StatusChange)
  })
} as const
