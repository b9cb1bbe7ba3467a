import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { IMPORT_FIELDS, IMPORT_FORMATS } from '../../domain/import/formats'
import { CSV_SEPARATORS } from '../../domain/csv/separator'
import { DATE_ORDERS } from '../../domain/import/dates'
import { ITEM_TYPES } from '../../domain/backlog'
import { IMPORT_STAGES } from '../../domain/import/plan'

const Header = z.string().trim().min(1, 'Name a column of the file').max(200)
const ProgressToken = z.string().min(1, 'Give the token the import was called with').max(100)
const Progress = z.object({
  stage: z.enum(IMPORT_STAGES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative()
})

const ImportInput = z
  .object({
    /** Import into this product, or create one called newProductName. */
    productId: s.Id.optional(),
    newProductName: s.ProductName.optional(),
    format: z.enum(IMPORT_FORMATS, { message: `Choose a format: ${IMPORT_FORMATS.join(', ')}` }),
    csv: s.FileText('The file is empty'),
    /** Detected from the header when not given. */
    separator: z.enum(CSV_SEPARATORS, { message: 'Choose a separator: comma, semicolon or tab' }).optional(),
    /** How all-numeric dates are ordered, when the file's dates read both ways. */
    dateOrder: z.enum(DATE_ORDERS, { message: `Choose a date order: ${DATE_ORDERS.join(', ')}` }).optional(),
    /** The column each field comes from, over the format's own names; an empty name leaves the field out. */
    mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.union([Header, z.literal('')])).optional(),
    /** Status in the file → name of a state of the product, for statuses it does not know. */
    states: z.record(z.string().max(200), z.string().trim().min(1, 'Choose a state').max(200)).optional(),
    /** Type in the file → item type, for types the backlog does not know. */
    types: z
      .record(z.string().max(200), z.enum(ITEM_TYPES, { message: `Choose a type: ${ITEM_TYPES.join(', ')}` }))
      .optional(),
    /** A name the caller picks for this call, to ask import.progress how far it has come. */
    progressToken: ProgressToken.optional()
  })
  .strict()
  .refine((i) => (i.productId === undefined) !== (i.newProductName === undefined), {
    message: 'Give either productId or newProductName',
    path: ['productId']
  })

const Issue = z.object({
  line: z.number().int(),
  column: z.number().int(),
  severity: z.enum(['error', 'warning']),
  message: z.string()
})
const Warning = z.object({ line: z.number().int(), column: z.number().int(), message: z.string() })

export const ImportPreviewRow = z.object({
  line: z.number().int(),
  /** Unchanged: the item exists with the same content and is left alone. */
  action: z.enum(['create', 'update', 'unchanged']),
  /** How an existing item was found: by the file's key, or (for a file without keys) by its title. */
  matchedBy: z.enum(['key', 'title']).nullable(),
  key: z.string().nullable(),
  type: z.enum(ITEM_TYPES),
  sourceType: z.string(),
  title: z.string(),
  description: z.string(),
  estimate: z.number().nullable(),
  state: z.string(),
  sourceState: z.string(),
  labels: z.array(z.string()),
  criteria: z.array(z.string()).nullable(),
  /** The parent's key, or its title where the file's layout says it (a tree export). */
  parent: z.string().nullable(),
  sprints: z.array(z.string()),
  createdAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable()
})
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>

/** Rows and problems a preview carries: enough to check the mapping, and a bounded answer for a 50 MB file. */
export const PREVIEW_ROWS = 200
export const PREVIEW_ISSUES = 500

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  separator: z.enum(CSV_SEPARATORS),
  /** The workflow stage columns of an ActionableAgile file. */
  stages: z.array(z.string()),
  /** The column each field was read from (for the generic CSV, the mapping to start from). */
  mapping: z.record(z.string(), z.string()),
  /** The first PREVIEW_ROWS rows; rowCount says how many the file has. */
  rows: z.array(ImportPreviewRow),
  rowCount: z.number().int(),
  /** The first PREVIEW_ISSUES problems by line and column; counts has how many there are. */
  issues: z.array(Issue),
  unknownStates: z.array(z.string()),
  unknownTypes: z.array(z.string()),
  /** Date columns that read both day first and month first, until the user says which. */
  dateQuestion: z
    .object({
      columns: z.array(z.string()),
      example: z.string(),
      readings: z.object({ dmy: z.string(), mdy: z.string() })
    })
    .nullable(),
  /** The product's states, for choosing where unknown statuses go. */
  stateNames: z.array(z.string()),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    /** Rows matched to existing items by title, because the file has no keys. */
    matchedByTitle: z.number().int(),
    /** Rows whose state is one for removed work (neither done nor open). */
    removed: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int()
  })
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const importMethods = {
  'import.preview': defineMethod({
    summary:
      'Read a Jira, Azure DevOps or mapped CSV export and show the items it would create or update, with problems by line and column. Changes nothing.',
    input: ImportInput,
    output: ImportPreview
  }),

  'import.commit': defineMethod({
    summary:
      'Import the file all or nothing, in one transaction: items with a known key (or, without keys, the same title) are updated or left unchanged, others added at the bottom; the dates of creation, start and finish become status history.',
    input: ImportInput,
    output: z.object({
      productId: s.Id,
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      removed: z.number().int(),
      warnings: z.array(Warning)
    })
  }),

  'import.progress': defineMethod({
    summary:
      'How far the import.preview or import.commit called with this progressToken has come: its stage, and how much of it is done; null when no such call is running. Given the progress the caller saw last, the answer waits until it changes (at most two seconds).',
    input: z.object({ token: ProgressToken, seen: Progress.nullable().optional() }).strict(),
    output: Progress.nullable()
  })
} as const
