import { ApiError } from '@shared/api'

/**
 * What every document kept as numbered versions (the product vision, the strategy canvases) shares:
 * reading a chain of versions, each compared with the one before, and refusing a save that
 * changes nothing.
 */

export interface StoredVersion {
  id: number
  number: number
  reason: string
  content: string
  saved_at: string
}

export interface Versioning<C> {
  /** Stored JSON through the schema, so a field added later reads as empty text. */
  parse: (json: string) => C
  /** Keys of the fields that differ; against nothing, those with text. */
  changed: (previous: C | null, next: C) => string[]
}

export interface Chained<R extends StoredVersion, C> {
  row: R
  content: C
  changedFields: string[]
}

/** Versions oldest first (as `rows` come), each with the fields changed since the one before. */
export function chainVersions<R extends StoredVersion, C>(
  rows: readonly R[],
  versioning: Versioning<C>
): Chained<R, C>[] {
  const chain: Chained<R, C>[] = []
  for (const row of rows) {
    const content = versioning.parse(row.content)
    chain.push({ row, content, changedFields: versioning.changed(chain.at(-1)?.content ?? null, content) })
  }
  return chain
}

/**
 * The number and changed fields of the version that `content` would become after `latest`; a
 * save that changes nothing is refused, naming what to do (`what`: "the vision").
 */
export function nextVersion<C>(
  latest: StoredVersion | undefined,
  content: C,
  versioning: Versioning<C>,
  what: string
): { number: number; previous: C | null; changedFields: string[] } {
  const previous = latest ? versioning.parse(latest.content) : null
  const changedFields = versioning.changed(previous, content)
  if (changedFields.length === 0) {
    throw new ApiError(
      'conflict',
      latest
        ? `Nothing changed since version ${latest.number}; change a field before saving a new version.`
        : `Write at least one field of ${what} before saving it.`
    )
  }
  return { number: (latest?.number ?? 0) + 1, previous, changedFields }
}
