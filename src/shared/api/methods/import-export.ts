import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ITEM_TYPES } from '../../domain/backlog'
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from '../../domain/import/formats'
import { ByProduct } from './common'

const Header = z.string().trim().min(1, 'Name a column of the file').max(200)

const ImportInput = z
  .object({
    /** Import into this product, or create one called newProductName. */
    productId: s.Id.optional(),
    newProductName: s.ProductName.optional(),
    format: z.enum(IMPORT_FORMATS, { message: `Choose a format: ${IMPORT_FORMATS.join(', ')}` }),
    csv: z.string().min(1, 'The file is empty').max(50_000_000, 'The file is larger than 50 MB; split it'),
    /** For the generic CSV: the column each field comes from. */
    mapping: z.partialRecord(z.enum(MAPPABLE_FIELDS), Header).optional(),
    /** Status in the file → name of a state of the product, for statuses it does not know. */
    states: z.record(z.string().max(200), z.string().trim().min(1, 'Choose a state').max(200)).optional()
  })
  .strict()
  .refine((i) => (i.productId === undefined) !== (i.newProductName === undefined), {
    message: 'Give either productId or newProductName',
    path: ['productId']
  })

const Issue = z.object({ line: z.number().int(), column: z.number().int(), severity: z.enum(['error', 'warning']), message: z.string() })

export const ImportPreviewRow = z.object({
  line: z.number().int(),
  action: z.enum(['create', 'update']),
  key: z.string().nullable(),
  type: z.enum(ITEM_TYPES),
  title: z.string(),
  description: z.string(),
  estimate: z.number().nullable(),
  state: z.string(),
  sourceState: z.string(),
  labels: z.array(z.string()),
  criteria: z.array(z.string()).nullable(),
  parentKey: z.string().nullable(),
  sprints: z.array(z.string()),
  createdAt: z.string().nullable(),
  resolvedAt: z.string().nullable()
})
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  /** The column each field was read from (for the generic CSV, the mapping to start from). */
  mapping: z.record(z.string(), z.string()),
  rows: z.array(ImportPreviewRow),
  issues: z.array(Issue),
  unknownStates: z.array(z.string()),
  /** The product's states, for choosing where unknown statuses go. */
  stateNames: z.array(z.string()),
  counts: z.object({ create: z.number().int(), update: z.number().int(), errors: z.number().int(), warnings: z.number().int() })
})
export type ImportPreview = z.infer<typeof ImportPreview>

const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() })

export const importExportMethods = {
  'import.preview': defineMethod({
    summary: 'Read a Jira, Azure DevOps or mapped CSV export and show the items it would create or update, with problems by line and column. Changes nothing.',
    input: ImportInput,
    output: ImportPreview
  }),

  'import.commit': defineMethod({
    summary:
      'Import the file all or nothing, in one transaction: items with a known key are updated, others added at the bottom; created and resolved dates become status history.',
    input: ImportInput,
    output: z.object({ productId: s.Id, created: z.number().int(), updated: z.number().int(), warnings: z.number().int() })
  }),

  'export.csv': defineMethod({
    summary: 'The backlog in order as CSV (safe to open in a spreadsheet; the CSV import reads it back).',
    input: ByProduct,
    output: ExportedFile
  }),

  'export.markdown': defineMethod({
    summary: 'The backlog in order as a readable Markdown document with acceptance criteria.',
    input: ByProduct,
    output: ExportedFile
  })
} as const
