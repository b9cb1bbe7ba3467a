import { z } from 'zod'
import { FIBONACCI_POINTS, isOnFibonacciScale } from '../domain/estimate'
import { ITEM_TYPES, STATE_CATEGORIES } from '../domain/backlog'
import { ITEM_PREFIX_MAX, ITEM_PREFIX_PATTERN } from '../domain/items/key'
import { FILE_TOO_LARGE, MAX_INPUT_BYTES, utf8Bytes } from './limits'

export const Id = z.number().int().positive()
export const IsoTime = z.string()

/** A moment in ISO 8601 with its offset, on a real calendar day, as files from PO Studio carry it. */
export const IsoInstant = z.iso.datetime({
  offset: true,
  message: 'Write the time in ISO 8601, e.g. 2025-03-12T10:30:00.000Z'
})

/** A SHA-256 checksum as PO Studio writes it: 64 lower-case hexadecimal digits. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 checksum (64 hexadecimal digits)')

/** A whole file passed as text, up to the one input limit (see limits.ts). */
export function FileText(emptyMessage: string) {
  // Characters never outnumber UTF-8 bytes, so the cheap check runs first and bounds the exact one.
  return z
    .string()
    .min(1, emptyMessage)
    .max(MAX_INPUT_BYTES, FILE_TOO_LARGE)
    .refine((text) => utf8Bytes(text) <= MAX_INPUT_BYTES, FILE_TOO_LARGE)
}

export const ProductName = z
  .string()
  .trim()
  .min(1, 'Give the product a name')
  .max(120, 'Keep the name to 120 characters or fewer')

/** What starts the product's item keys ("PB" in PB-12). */
export const ItemPrefix = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Give the key prefix at least one letter')
  .max(ITEM_PREFIX_MAX, `Keep the key prefix to ${ITEM_PREFIX_MAX} characters or fewer`)
  .regex(ITEM_PREFIX_PATTERN, 'Use letters A to Z and digits, starting with a letter, e.g. PB')

export const Product = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  /** Starts the keys of the product's items: PB-12 is item 12 of the product whose prefix is PB. */
  itemPrefix: z.string(),
  isSample: z.boolean(),
  archived: z.boolean(),
  itemCount: z.number().int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime
})
export type Product = z.infer<typeof Product>

export const WorkflowState = z.object({
  id: Id,
  productId: Id,
  name: z.string(),
  category: z.enum(STATE_CATEGORIES),
  position: z.number().int(),
  /** At most this many items in the state at once; null: no limit. */
  wipLimit: z.number().int().positive().nullable(),
  /** The team's explicit policies: when an item may enter the state, and when it is ready to leave. */
  entryPolicy: z.string(),
  exitPolicy: z.string()
})
export type WorkflowState = z.infer<typeof WorkflowState>

export const ItemTitle = z
  .string()
  .trim()
  .min(1, 'Give the item a title')
  .max(500, 'Keep the title to 500 characters or fewer; put detail in the description')

export const Estimate = z
  .number()
  .refine(isOnFibonacciScale, { message: `Use a value on the scale: ${FIBONACCI_POINTS.join(', ')}` })

/**
 * A row of the backlog list: what the list and the views built on it show, in the list's order,
 * without the item's texts, times and rank (backlog.get and backlog.detail have them). Opening a
 * backlog of 10,000 items carries no descriptions.
 */
export const BacklogListItem = z.object({
  id: Id,
  /** The item's key as people quote it: its product's prefix and its number in that product ("PB-12"). */
  key: z.string(),
  type: z.enum(ITEM_TYPES),
  title: z.string(),
  estimate: z.number().nullable(),
  stateId: Id,
  parentId: Id.nullable(),
  /** The Scrum Team the item belongs to; null while no team has it. */
  teamId: Id.nullable(),
  labels: z.array(z.string()),
  criteriaCount: z.number().int().nonnegative(),
  /** Blockers that are not done yet. */
  blockedByCount: z.number().int().nonnegative(),
  /** Meets every line of the product's Definition of Ready (false while there is none). */
  ready: z.boolean()
})
export type BacklogListItem = z.infer<typeof BacklogListItem>

/** One item with what its row shows and the rest of its own fields; the detail (backlog.detail) has its relations. */
export const BacklogItem = BacklogListItem.extend({
  productId: Id,
  rank: z.string(),
  description: z.string(),
  createdAt: IsoTime,
  updatedAt: IsoTime
})
export type BacklogItem = z.infer<typeof BacklogItem>

export const StatusChange = z.object({
  id: Id,
  itemId: Id,
  fromStateId: Id.nullable(),
  toStateId: Id,
  changedAt: IsoTime,
  /** Set when the item went back to the Product Backlog because it did not meet the Definition of Done: why. */
  notDoneReason: z.string().nullable()
})
export type StatusChange = z.infer<typeof StatusChange>

export const BackupFile = z.object({
  name: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  createdAt: IsoTime
})
export type BackupFile = z.infer<typeof BackupFile>

export const Recovery = z.object({
  /** Where the damaged database file was moved; it is never deleted. */
  quarantinedFile: z.string(),
  newestBackup: z.string().nullable()
})

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databaseFile: z.string(),
  recovery: Recovery.nullable()
})
export type AppInfo = z.infer<typeof AppInfo>

export const PRODUCT_DOCUMENT_FORMAT = 'po-studio/product'
export const PRODUCT_DOCUMENT_VERSION = 1

/**
 * A whole product as one JSON file. Each area's data lives under `sections.<area>`; the main side
 * validates each section with that area's own schema on import.
 */
export const ProductDocument = z.object({
  format: z.literal(PRODUCT_DOCUMENT_FORMAT, {
    message: `Not a PO Studio product file (format must be "${PRODUCT_DOCUMENT_FORMAT}")`
  }),
  formatVersion: z.number().int().positive(),
  exportedAt: z.string(),
  appVersion: z.string(),
  product: z.object({ name: z.string().min(1), description: z.string() }),
  sections: z.record(z.string(), z.unknown())
})
export type ProductDocument = z.infer<typeof ProductDocument>
