import type { Insertable, Selectable } from 'kysely'
import type { z } from 'zod'
import { ApiError } from '@shared/api'
import { json } from '../../db/columns'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'

/**
 * Documents kept as a version per save, each with the reason for the change, compared field by
 * field: the product vision, the product definition and each strategy canvas. The tables have the
 * same columns but the owner's: a product for the first two, a canvas for the last.
 */
const OWNERS = {
  vision_versions: { column: 'product_id', key: 'productId', noun: 'product' },
  product_definition_versions: { column: 'product_id', key: 'productId', noun: 'product' },
  canvas_versions: { column: 'canvas_id', key: 'canvasId', noun: 'canvas' }
} as const

export type VersionTable = keyof typeof OWNERS
type OwnerKey<T extends VersionTable> = (typeof OWNERS)[T]['key']

/**
 * The fields of a version table's row mapping. Stored content is read through the document's schema,
 * so a field added later reads as empty text.
 */
export const versionFields = <S extends z.ZodType>(content: S) =>
  ({ number: 'number', reason: 'reason', savedAt: 'saved_at', content: json('content', content) }) as const

interface StoredVersion {
  number: number
  reason: string
  saved_at: string
  content: string
}

interface SavedVersion<C> {
  number: number
  reason: string
  savedAt: string
  content: C
}

/** What the store uses of a version table's row mapping (made with `versionFields`), whoever the owner. */
interface VersionColumns<T extends VersionTable, C> {
  table: T
  read(row: StoredVersion): SavedVersion<C>
  write(values: SavedVersion<C>): StoredVersion
}

interface VersionFields {
  id: number
  number: number
  reason: string
  savedAt: string
  /** Keys of the fields that differ from the version before (every written field for version 1). */
  changedFields: string[]
}

/** A version's summary names its owner as the API does: `productId` or `canvasId`. */
export type VersionSummary<K extends string = 'productId'> = VersionFields & Record<K, number>

export type Version<C, K extends string = 'productId'> = VersionSummary<K> & { content: C }

export interface VersionedDocument<C, D, T extends VersionTable> {
  columns: VersionColumns<T, C>
  /** How texts name the document, e.g. "vision" or "canvas". */
  name: string
  /** How the refusal of an empty first save names the document, when its content tells more than `name`. */
  nameOf?: (content: C) => string
  changedFields: (previous: C | null, next: C) => string[]
  compareContent: (from: C, to: C) => D[]
}

/** The reads and the save of one versioned document, for any owner. */
export function versionStore<C, D, T extends VersionTable>(doc: VersionedDocument<C, D, T>) {
  type K = OwnerKey<T>
  // The tables are alike column for column but the owner's; Kysely and the mapping are told one
  // table and one owner column so the queries type-check.
  const { columns } = doc
  const table = columns.table as 'vision_versions'
  const { column, key, noun } = OWNERS[columns.table] as { column: 'product_id'; key: K; noun: string }

  function toVersion(ownerId: number, fields: VersionFields, content: C): Version<C, K> {
    return { ...fields, [key]: ownerId, content } as Version<C, K>
  }

  const summary = ({ content: _content, ...rest }: Version<C, K>): VersionSummary<K> => rest as VersionSummary<K>

  type Row = Selectable<Database['vision_versions']>

  /** One owner's rows, oldest first, as versions each compared with the one before. */
  function toVersions(ownerId: number, rows: readonly Row[]): Array<Version<C, K>> {
    const versions: Array<Version<C, K>> = []
    for (const row of rows) {
      const { content, ...fields } = columns.read(row)
      const previous = versions.at(-1)?.content ?? null
      versions.push(
        toVersion(ownerId, { id: row.id, ...fields, changedFields: doc.changedFields(previous, content) }, content)
      )
    }
    return versions
  }

  /** Every version of an owner's document, oldest first, each compared with the one before. */
  async function loadVersions(db: Db, ownerId: number): Promise<Array<Version<C, K>>> {
    return toVersions(
      ownerId,
      await db.selectFrom(table).selectAll().where(column, '=', ownerId).orderBy('number').execute()
    )
  }

  const latestOf = (versions: Array<Version<C, K>>) => {
    const latest = versions.at(-1)
    return { count: versions.length, latest: latest ? summary(latest) : null }
  }

  async function versionById(db: Db, id: number, path: string): Promise<Version<C, K>> {
    const row = await db.selectFrom(table).select(column).where('id', '=', id).executeTakeFirst()
    const found = row && (await loadVersions(db, row[column])).find((version) => version.id === id)
    if (!found)
      throw new ApiError('not_found', `There is no ${doc.name} version with id ${id}.`, [
        { path, message: `No ${doc.name} version ${id}` }
      ])
    return found
  }

  return {
    /** The latest content, or `empty` (given by the caller: a canvas's depends on its kind) before any save. */
    async get(
      db: Db,
      ownerId: number,
      empty: C
    ): Promise<Record<K, number> & { content: C; latest: VersionSummary<K> | null }> {
      const latest = (await loadVersions(db, ownerId)).at(-1)
      return { [key]: ownerId, content: latest?.content ?? empty, latest: latest ? summary(latest) : null } as Record<
        K,
        number
      > & {
        content: C
        latest: VersionSummary<K> | null
      }
    },

    /** Newest first. */
    async list(db: Db, ownerId: number): Promise<Array<VersionSummary<K>>> {
      return (await loadVersions(db, ownerId)).map(summary).reverse()
    },

    /** How many versions were saved and the latest one's summary. */
    async latest(db: Db, ownerId: number): Promise<{ count: number; latest: VersionSummary<K> | null }> {
      return latestOf(await loadVersions(db, ownerId))
    },

    /** `latest` for many owners in one query, keyed by owner id. */
    async latestMany(
      db: Db,
      ownerIds: readonly number[]
    ): Promise<Map<number, { count: number; latest: VersionSummary<K> | null }>> {
      const rows =
        ownerIds.length === 0
          ? []
          : await db.selectFrom(table).selectAll().where(column, 'in', ownerIds).orderBy('number').execute()
      return new Map(
        ownerIds.map((ownerId) => [
          ownerId,
          latestOf(
            toVersions(
              ownerId,
              rows.filter((row) => row[column] === ownerId)
            )
          )
        ])
      )
    },

    version: (db: Db, id: number): Promise<Version<C, K>> => versionById(db, id, 'id'),

    async save(db: Db, ownerId: number, content: C, reason: string, now: Date): Promise<Version<C, K>> {
      return inTransaction(db, async (trx) => {
        const latest = await trx
          .selectFrom(table)
          .selectAll()
          .where(column, '=', ownerId)
          .orderBy('number', 'desc')
          .limit(1)
          .executeTakeFirst()
        const previous = latest ? columns.read(latest).content : null
        const changed = doc.changedFields(previous, content)
        if (changed.length === 0) {
          throw new ApiError(
            'conflict',
            latest
              ? `Nothing changed since version ${latest.number}; change a field before saving a new version.`
              : `Write at least one field of the ${doc.nameOf?.(content) ?? doc.name} before saving it.`
          )
        }
        const fields = { number: (latest?.number ?? 0) + 1, reason, savedAt: now.toISOString() }
        const { id } = await trx
          .insertInto(table)
          .values({ ...columns.write({ ...fields, content }), [column]: ownerId } as Insertable<
            Database['vision_versions']
          >)
          .returning('id')
          .executeTakeFirstOrThrow()
        return toVersion(ownerId, { id, ...fields, changedFields: changed }, content)
      })
    },

    async compare(
      db: Db,
      fromVersionId: number,
      toVersionId: number
    ): Promise<{ from: VersionSummary<K>; to: VersionSummary<K>; fields: D[] }> {
      const from = await versionById(db, fromVersionId, 'fromVersionId')
      const to = await versionById(db, toVersionId, 'toVersionId')
      if (from[key] !== to[key]) {
        const same = noun === 'product' ? `product’s ${doc.name}` : doc.name
        throw new ApiError('invalid_input', `Compare two versions of the same ${same}.`, [
          { path: 'toVersionId', message: `This version belongs to another ${noun}` }
        ])
      }
      return { from: summary(from), to: summary(to), fields: doc.compareContent(from.content, to.content) }
    }
  }
}
