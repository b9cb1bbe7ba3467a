import { ApiError } from '@shared/api'
import { inTransaction, type Db } from '../deps'

/**
 * Documents kept as a version per save, each with the reason for the change, compared field by
 * field: the product vision and the product definition. Both tables have the same columns.
 */
export type VersionTable = 'vision_versions' | 'product_definition_versions'

export interface VersionSummary {
  id: number
  productId: number
  number: number
  reason: string
  savedAt: string
  /** Keys of the fields that differ from the version before (every written field for version 1). */
  changedFields: string[]
}

export type Version<C> = VersionSummary & { content: C }

export interface VersionedDocument<C, D> {
  table: VersionTable
  /** How texts name the document, e.g. "vision" or "product definition". */
  name: string
  /** Stored content goes through its schema, so a field added later reads as empty text. */
  parse: (json: string) => C
  empty: () => C
  changedFields: (previous: C | null, next: C) => string[]
  compareContent: (from: C, to: C) => D[]
}

const summary = <C>({ content: _content, ...rest }: Version<C>): VersionSummary => rest

/** The reads and the save of one versioned document, for any product. */
export function versionStore<C, D>(doc: VersionedDocument<C, D>) {
  // The two tables are alike column for column; Kysely is told one name so the queries type-check.
  const table = doc.table as 'vision_versions'

  /** Every version of a product's document, oldest first, each compared with the one before. */
  async function loadVersions(db: Db, productId: number): Promise<Array<Version<C>>> {
    const rows = await db.selectFrom(table).selectAll().where('product_id', '=', productId).orderBy('number').execute()
    const versions: Array<Version<C>> = []
    for (const row of rows) {
      const content = doc.parse(row.content)
      const previous = versions.at(-1)?.content ?? null
      versions.push({ id: row.id, productId: row.product_id, number: row.number, reason: row.reason, savedAt: row.saved_at, changedFields: doc.changedFields(previous, content), content })
    }
    return versions
  }

  async function versionById(db: Db, id: number, path: string): Promise<Version<C>> {
    const row = await db.selectFrom(table).select('product_id').where('id', '=', id).executeTakeFirst()
    const found = row && (await loadVersions(db, row.product_id)).find((version) => version.id === id)
    if (!found) throw new ApiError('not_found', `There is no ${doc.name} version with id ${id}.`, [{ path, message: `No ${doc.name} version ${id}` }])
    return found
  }

  return {
    async get(db: Db, productId: number): Promise<{ productId: number; content: C; latest: VersionSummary | null }> {
      const latest = (await loadVersions(db, productId)).at(-1)
      return { productId, content: latest?.content ?? doc.empty(), latest: latest ? summary(latest) : null }
    },

    /** Newest first. */
    async list(db: Db, productId: number): Promise<VersionSummary[]> {
      return (await loadVersions(db, productId)).map(summary).reverse()
    },

    version: (db: Db, id: number): Promise<Version<C>> => versionById(db, id, 'id'),

    async save(db: Db, productId: number, content: C, reason: string, now: Date): Promise<Version<C>> {
      return inTransaction(db, async (trx) => {
        const latest = await trx.selectFrom(table).selectAll().where('product_id', '=', productId).orderBy('number', 'desc').limit(1).executeTakeFirst()
        const previous = latest ? doc.parse(latest.content) : null
        const changed = doc.changedFields(previous, content)
        if (changed.length === 0) {
          throw new ApiError(
            'conflict',
            latest ? `Nothing changed since version ${latest.number}; change a field before saving a new version.` : `Write at least one field of the ${doc.name} before saving it.`
          )
        }
        const row = await trx
          .insertInto(table)
          .values({ product_id: productId, number: (latest?.number ?? 0) + 1, reason, content: JSON.stringify(content), saved_at: now.toISOString() })
          .returningAll()
          .executeTakeFirstOrThrow()
        return { id: row.id, productId, number: row.number, reason, savedAt: row.saved_at, changedFields: changed, content }
      })
    },

    async compare(db: Db, fromVersionId: number, toVersionId: number): Promise<{ from: VersionSummary; to: VersionSummary; fields: D[] }> {
      const from = await versionById(db, fromVersionId, 'fromVersionId')
      const to = await versionById(db, toVersionId, 'toVersionId')
      if (from.productId !== to.productId) {
        throw new ApiError('invalid_input', `Compare two versions of the same product’s ${doc.name}.`, [{ path: 'toVersionId', message: 'This version belongs to another product' }])
      }
      return { from: summary(from), to: summary(to), fields: doc.compareContent(from.content, to.content) }
    }
  }
}
