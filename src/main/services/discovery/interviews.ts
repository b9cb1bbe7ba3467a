import { ApiError, type FieldIssue, type ParsedInput } from '@shared/api'
import type { Interview } from '@shared/api/methods/discovery'
import { whoLabel } from '@shared/domain/discovery'
import { inTransaction, type Db } from '../deps'
import { checkItemsInProduct } from '../backlog/item-references'
import { interviewColumns } from './columns'

type Fields = Partial<ParsedInput<'discovery.interviews.create'>>

export async function listInterviews(db: Db, productId: number): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews as i')
    .leftJoin('personas as p', 'p.id', 'i.persona_id')
    .leftJoin('stakeholders as s', 's.id', 'i.stakeholder_id')
    .selectAll('i')
    .select(['p.name as persona_name', 's.name as stakeholder_name'])
    .where('i.product_id', '=', productId)
    .orderBy('i.held_on', 'desc')
    .orderBy('i.id', 'desc')
    .execute()
  if (rows.length === 0) return []
  const items = await db
    .selectFrom('interview_items as l')
    .innerJoin('backlog_items as b', 'b.id', 'l.item_id')
    .select(['l.interview_id', 'l.item_id'])
    .where('b.product_id', '=', productId)
    .where('b.deleted_at', 'is', null)
    .orderBy('b.rank')
    .orderBy('b.id')
    .execute()
  const assumptions = await db
    .selectFrom('interview_assumptions as l')
    .innerJoin('assumptions as a', 'a.id', 'l.assumption_id')
    .select(['l.interview_id', 'l.assumption_id'])
    .where('a.product_id', '=', productId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    ...interviewColumns.read(row),
    personaId: row.persona_id,
    personaName: row.persona_name,
    stakeholderId: row.stakeholder_id,
    stakeholderName: row.stakeholder_name,
    who: whoLabel({ personaName: row.persona_name, stakeholderName: row.stakeholder_name, person: row.person }),
    itemIds: items.filter((l) => l.interview_id === row.id).map((l) => l.item_id),
    assumptionIds: assumptions.filter((l) => l.interview_id === row.id).map((l) => l.assumption_id)
  }))
}

async function getInterviewRow(db: Db, id: number) {
  const row = await db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no interview or feedback with id ${id}.`, [
      { path: 'id', message: `No entry ${id}` }
    ])
  return row
}

async function getInterview(db: Db, id: number): Promise<Interview> {
  const row = await getInterviewRow(db, id)
  return (await listInterviews(db, row.product_id)).find((i) => i.id === id)!
}

/** Persona, stakeholder, items and assumptions must be the product's own; someone must be named. */
async function checkFields(db: Db, productId: number, fields: Fields, prefix: string): Promise<void> {
  const issues: FieldIssue[] = []
  const owned = async (
    table: 'personas' | 'stakeholders',
    id: number | null | undefined,
    field: string,
    what: string
  ) => {
    if (id === null || id === undefined) return
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('id', '=', id)
      .where('product_id', '=', productId)
      .executeTakeFirst()
    if (!row) issues.push({ path: `${prefix}${field}`, message: `No ${what} ${id} in this product` })
  }
  await owned('personas', fields.personaId, 'personaId', 'persona')
  await owned('stakeholders', fields.stakeholderId, 'stakeholderId', 'stakeholder')
  if (fields.assumptionIds && fields.assumptionIds.length > 0) {
    const found = new Set(
      (
        await db
          .selectFrom('assumptions')
          .select('id')
          .where('product_id', '=', productId)
          .where('id', 'in', fields.assumptionIds)
          .execute()
      ).map((r) => r.id)
    )
    fields.assumptionIds.forEach((id, i) => {
      if (!found.has(id))
        issues.push({ path: `${prefix}assumptionIds.${i}`, message: `No assumption ${id} in this product` })
    })
  }
  if (issues.length > 0)
    throw new ApiError('invalid_input', 'The entry refers to something that is not in this product.', issues)
  await checkItemsInProduct(db, productId, fields.itemIds ?? [], `${prefix}itemIds`)
}

function requireSomeone(
  who: { personaId: number | null; stakeholderId: number | null; person: string },
  prefix: string
): void {
  if (who.personaId === null && who.stakeholderId === null && who.person.trim() === '') {
    throw new ApiError('invalid_input', 'Say who it was with: a persona, a stakeholder or a name.', [
      { path: `${prefix}person`, message: 'Choose a persona or stakeholder, or write a name' }
    ])
  }
}

async function replaceLinks(trx: Db, id: number, fields: Fields): Promise<void> {
  if (fields.itemIds) {
    await trx.deleteFrom('interview_items').where('interview_id', '=', id).execute()
    if (fields.itemIds.length > 0)
      await trx
        .insertInto('interview_items')
        .values(fields.itemIds.map((item_id) => ({ interview_id: id, item_id })))
        .execute()
  }
  if (fields.assumptionIds) {
    await trx.deleteFrom('interview_assumptions').where('interview_id', '=', id).execute()
    if (fields.assumptionIds.length > 0) {
      await trx
        .insertInto('interview_assumptions')
        .values(fields.assumptionIds.map((assumption_id) => ({ interview_id: id, assumption_id })))
        .execute()
    }
  }
}

export async function createInterview(
  db: Db,
  input: ParsedInput<'discovery.interviews.create'>,
  now: Date
): Promise<Interview> {
  requireSomeone(input, '')
  return inTransaction(db, async (trx) => {
    await checkFields(trx, input.productId, input, '')
    const stamp = now.toISOString()
    const { id } = await trx
      .insertInto('interviews')
      .values({
        product_id: input.productId,
        ...interviewColumns.write({ ...input, createdAt: stamp, updatedAt: stamp }),
        persona_id: input.personaId,
        stakeholder_id: input.stakeholderId
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceLinks(trx, id, input)
    return getInterview(trx, id)
  })
}

export async function updateInterview(
  db: Db,
  { id, patch }: ParsedInput<'discovery.interviews.update'>,
  now: Date
): Promise<Interview> {
  return inTransaction(db, async (trx) => {
    const row = await getInterviewRow(trx, id)
    requireSomeone(
      {
        personaId: patch.personaId ?? row.persona_id,
        stakeholderId: patch.stakeholderId ?? row.stakeholder_id,
        person: patch.person ?? row.person
      },
      'patch.'
    )
    await checkFields(trx, row.product_id, patch, 'patch.')
    await trx
      .updateTable('interviews')
      .set({
        ...interviewColumns.patch({ ...patch, updatedAt: now.toISOString() }),
        persona_id: patch.personaId,
        stakeholder_id: patch.stakeholderId
      })
      .where('id', '=', id)
      .execute()
    await replaceLinks(trx, id, patch)
    return getInterview(trx, id)
  })
}

export async function deleteInterview(db: Db, id: number): Promise<{ deleted: number }> {
  await getInterviewRow(db, id)
  await db.deleteFrom('interviews').where('id', '=', id).execute()
  return { deleted: id }
}
