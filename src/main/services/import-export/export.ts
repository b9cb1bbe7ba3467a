import { sql } from 'kysely'
import { isOpenCategory } from '@shared/domain/backlog'
import { backlogCsv, backlogMarkdown, type ExportItem } from '@shared/domain/export/backlog'
import { itemKey } from '@shared/domain/items/key'
import type { Db } from '../deps'
import { criteriaAndLabels } from '../backlog/criteria-and-labels'
import { getProduct, itemPrefixOf } from '../products/service'
import { readScale } from '../settings/read'

/** The product's live items in order, as the exports write them. */
async function exportItems(db: Db, productId: number): Promise<ExportItem[]> {
  const rows = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .leftJoin('backlog_items as p', (join) => join.onRef('p.id', '=', 'i.parent_id').on('p.deleted_at', 'is', null))
    .select([
      'i.id',
      'i.number',
      'i.type',
      'i.title',
      'i.description',
      'i.estimate',
      'i.external_key',
      'i.created_at',
      's.name as state',
      's.category',
      'p.number as parentNumber',
      'p.external_key as parentKey'
    ])
    .select((eb) =>
      eb
        .selectFrom('status_changes as c')
        .select(sql<string>`max(c.changed_at)`.as('at'))
        .whereRef('c.item_id', '=', 'i.id')
        .whereRef('c.to_state_id', '=', 'i.state_id')
        .as('enteredState')
    )
    .select((eb) =>
      eb
        .selectFrom('status_changes as c')
        .innerJoin('workflow_states as cs', 'cs.id', 'c.to_state_id')
        .select(sql<string>`min(c.changed_at)`.as('at'))
        .whereRef('c.item_id', '=', 'i.id')
        .where('cs.category', '=', 'in_progress')
        .as('startedAt')
    )
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .orderBy('i.id')
    .execute()
  const { criteriaOf, labelsOf } = await criteriaAndLabels(db, productId)
  const prefix = await itemPrefixOf(db, productId)
  return rows.map((row) => ({
    key: row.external_key ?? itemKey(prefix, row.number),
    type: row.type,
    title: row.title,
    description: row.description,
    estimate: row.estimate,
    state: row.state,
    labels: labelsOf(row.id),
    criteria: criteriaOf(row.id),
    parentKey: row.parentNumber === null ? null : (row.parentKey ?? itemKey(prefix, row.parentNumber)),
    createdAt: row.created_at,
    startedAt: row.category === 'todo' ? null : (row.startedAt ?? null),
    // Done and removed items left the backlog when they entered their state.
    finishedAt: isOpenCategory(row.category) ? null : (row.enteredState ?? null)
  }))
}

/** A file name from the product's name: letters, digits and dashes. */
function fileName(product: string, extension: string): string {
  const base =
    product
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'backlog'
  return `${base}-backlog.${extension}`
}

export async function exportCsv(db: Db, productId: number) {
  const product = await getProduct(db, productId)
  return {
    fileName: fileName(product.name, 'csv'),
    mimeType: 'text/csv',
    text: backlogCsv(await exportItems(db, productId))
  }
}

export async function exportMarkdown(db: Db, productId: number, at: Date) {
  const product = await getProduct(db, productId)
  const { estimateScale } = await readScale(db, productId)
  const text = backlogMarkdown(
    product.name,
    await exportItems(db, productId),
    estimateScale,
    at.toISOString().slice(0, 10)
  )
  return { fileName: fileName(product.name, 'md'), mimeType: 'text/markdown', text }
}
