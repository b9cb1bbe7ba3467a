import { sql, type RawBuilder } from 'kysely'
import type { BacklogFilters, SearchHit } from '@shared/api/methods/backlog'
import { parseItemKey } from '@shared/domain/items/key'
import { buildFtsQuery, MATCH_END, MATCH_START, snippetParts } from '@shared/domain/search'
import type { Db } from '../deps'
import { getProduct } from '../products/service'

interface HitRow {
  id: number
  title: string | null
  description: string | null
  criteria: string | null
}

const list = (values: readonly unknown[]) => sql.join(values.map((v) => sql`${v}`))

/** The WHERE conditions for the filters on `i` (backlog_items); every set filter must hold. */
function filterConditions(productId: number, filters: BacklogFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [sql`i.product_id = ${productId}`, sql`i.deleted_at IS NULL`]
  if (filters.types?.length) conditions.push(sql`i.type IN (${list(filters.types)})`)
  if (filters.stateIds?.length) conditions.push(sql`i.state_id IN (${list(filters.stateIds)})`)
  if (filters.labels?.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM item_labels il JOIN labels l ON l.id = il.label_id
      WHERE il.item_id = i.id AND lower(l.name) IN (${list(filters.labels.map((name) => name.toLowerCase()))}))`)
  }
  if (filters.ready !== undefined) {
    // Ready means every line of the Definition of Ready is met; without lines no item is ready.
    const required = sql`(SELECT count(*) FROM definition_criteria d WHERE d.product_id = i.product_id AND d.kind = 'ready')`
    const met = sql`(SELECT count(*) FROM item_ready_checks r JOIN definition_criteria d ON d.id = r.criterion_id WHERE r.item_id = i.id AND d.kind = 'ready')`
    conditions.push(
      filters.ready
        ? sql`(${required} > 0 AND ${met} = ${required})`
        : sql`NOT (${required} > 0 AND ${met} = ${required})`
    )
  }
  if (filters.teams?.length) {
    const ids = filters.teams.filter((team): team is number => team !== 'none')
    const anyOf = [
      ...(ids.length > 0 ? [sql`i.team_id IN (${list(ids)})`] : []),
      ...(filters.teams.includes('none') ? [sql`i.team_id IS NULL`] : [])
    ]
    conditions.push(sql`(${sql.join(anyOf, sql` OR `)})`)
  }
  const estimate = filters.estimate
  if (estimate?.kind === 'none') conditions.push(sql`i.estimate IS NULL`)
  if (estimate?.kind === 'range') {
    conditions.push(sql`i.estimate IS NOT NULL`)
    if (estimate.min !== undefined) conditions.push(sql`i.estimate >= ${estimate.min}`)
    if (estimate.max !== undefined) conditions.push(sql`i.estimate <= ${estimate.max}`)
  }
  return conditions
}

const hasMatch = (text: string | null) => text !== null && text.includes(MATCH_START)

/** Where the words matched, unless the title (which the row shows anyway) has them. */
function snippetOf(row: HitRow): SearchHit['snippet'] {
  if (hasMatch(row.title)) return null
  if (hasMatch(row.description)) return { field: 'description', parts: snippetParts(row.description!) }
  if (hasMatch(row.criteria)) return { field: 'criteria', parts: snippetParts(row.criteria!) }
  return null
}

/** Full-text search (FTS5, prefix words) with filters, in backlog order. */
export async function searchBacklog(
  db: Db,
  productId: number,
  query: string,
  filters: BacklogFilters
): Promise<SearchHit[]> {
  const product = await getProduct(db, productId)
  const where = sql.join(filterConditions(productId, filters), sql` AND `)
  // A query that is one of the product's item keys ("PB-12") finds that item.
  const key = parseItemKey(query)
  if (key !== null && key.prefix === product.itemPrefix) {
    const { rows } = await sql<{
      id: number
    }>`SELECT i.id FROM backlog_items i WHERE ${where} AND i.number = ${key.number}`.execute(db)
    return rows.map(({ id }) => ({ id, snippet: null }))
  }
  const match = buildFtsQuery(query)
  if (match === null) {
    const { rows } = await sql<{
      id: number
    }>`SELECT i.id FROM backlog_items i WHERE ${where} ORDER BY i.rank, i.id`.execute(db)
    return rows.map(({ id }) => ({ id, snippet: null }))
  }
  const snippet = (column: number) =>
    sql`snippet(item_search, ${sql.lit(column)}, ${MATCH_START}, ${MATCH_END}, '…', 8)`
  const { rows } = await sql<HitRow>`
    SELECT i.id, ${snippet(0)} AS title, ${snippet(1)} AS description, ${snippet(2)} AS criteria
    FROM item_search JOIN backlog_items i ON i.id = item_search.rowid
    WHERE item_search MATCH ${match} AND ${where}
    ORDER BY i.rank, i.id`.execute(db)
  return rows.map((row) => ({ id: row.id, snippet: snippetOf(row) }))
}
