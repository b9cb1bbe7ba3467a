import { z } from 'zod'
import { defineMethod } from './define'
import {
  AppInfo,
  BacklogItem,
  BackupFile,
  Estimate,
  Id,
  ItemTitle,
  Product,
  ProductName,
  StatusChange,
  WorkflowState
} from './schemas'
import { ITEM_TYPES } from '../domain/backlog'

const Empty = z.object({}).strict()
const ById = z.object({ id: Id }).strict()
const ByProduct = z.object({ productId: Id }).strict()

/**
 * Every method the renderer, browser mode and the CLI can call, declared once.
 * The dispatcher validates inputs with these schemas; the client is typed from them.
 */
export const api = {
  'app.info': defineMethod({
    summary: 'Version, schema version, where the data lives, and any recovery the last start needed.',
    input: Empty,
    output: AppInfo
  }),

  'backups.list': defineMethod({
    summary: 'Backups kept beside the database, newest first.',
    input: Empty,
    output: z.array(BackupFile)
  }),
  'backups.create': defineMethod({
    summary: 'Copy the whole database into the backups folder now.',
    input: Empty,
    output: BackupFile
  }),
  'backups.restore': defineMethod({
    summary: 'Replace the database with a backup after checking it; the current database is backed up first.',
    input: z.object({ name: z.string().min(1, 'Choose a backup') }).strict(),
    output: z.object({ restored: z.string(), safetyBackup: z.string().nullable() })
  }),

  'products.list': defineMethod({
    summary: 'Products, active first; archived ones only when asked.',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(Product)
  }),
  'products.create': defineMethod({
    summary: 'Create an empty product with the default workflow.',
    input: z.object({ name: ProductName, description: z.string().max(2000).default('') }).strict(),
    output: Product
  }),
  'products.rename': defineMethod({
    summary: 'Rename a product.',
    input: z.object({ id: Id, name: ProductName }).strict(),
    output: Product
  }),
  'products.setArchived': defineMethod({
    summary: 'Archive a product (hidden from the switcher, kept intact) or bring it back.',
    input: z.object({ id: Id, archived: z.boolean() }).strict(),
    output: Product
  }),
  'products.delete': defineMethod({
    summary: 'Delete a product and everything in it; the caller confirms by repeating its name.',
    input: z.object({ id: Id, confirmName: z.string() }).strict(),
    output: z.object({ deleted: Id })
  }),

  'sample.reset': defineMethod({
    summary: 'Recreate the sample product from scratch (other products are untouched).',
    input: Empty,
    output: Product
  }),
  'sample.remove': defineMethod({
    summary: 'Remove the sample product.',
    input: Empty,
    output: z.object({ removed: z.boolean() })
  }),

  'workflow.list': defineMethod({
    summary: "A product's workflow states in order.",
    input: ByProduct,
    output: z.array(WorkflowState)
  }),

  'backlog.list': defineMethod({
    summary: "A product's backlog in the Product Owner's order.",
    input: ByProduct,
    output: z.array(BacklogItem)
  }),
  'backlog.get': defineMethod({
    summary: 'One backlog item.',
    input: ById,
    output: BacklogItem
  }),
  'backlog.create': defineMethod({
    summary: 'Add an item at the top or the bottom of the backlog.',
    input: z
      .object({
        productId: Id,
        type: z.enum(ITEM_TYPES).default('story'),
        title: ItemTitle,
        description: z.string().max(20000).default(''),
        estimate: Estimate.nullable().default(null),
        stateId: Id.optional(),
        placement: z.enum(['top', 'bottom']).default('bottom')
      })
      .strict(),
    output: BacklogItem
  }),
  'backlog.update': defineMethod({
    summary: 'Change fields of an item; a status change is recorded with its time.',
    input: z
      .object({
        id: Id,
        patch: z
          .object({
            type: z.enum(ITEM_TYPES),
            title: ItemTitle,
            description: z.string().max(20000),
            estimate: Estimate.nullable(),
            stateId: Id
          })
          .partial()
          .strict()
      })
      .strict(),
    output: BacklogItem
  }),
  'backlog.move': defineMethod({
    summary: 'Place an item right after afterId (or right before beforeId when afterId is null); writes only the moved row.',
    input: z.object({ id: Id, afterId: Id.nullable(), beforeId: Id.nullable() }).strict(),
    output: BacklogItem
  }),
  'backlog.delete': defineMethod({
    summary: 'Delete an item; it can be restored with backlog.restore.',
    input: ById,
    output: z.object({ deleted: Id })
  }),
  'backlog.restore': defineMethod({
    summary: 'Bring back a deleted item at its old place.',
    input: ById,
    output: BacklogItem
  }),
  'backlog.history': defineMethod({
    summary: "An item's recorded status changes, oldest first.",
    input: ById,
    output: z.array(StatusChange)
  })
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
