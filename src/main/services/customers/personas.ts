import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Persona, StoryMatches } from '@shared/api/methods/personas'
import { OPEN_CATEGORIES } from '@shared/domain/backlog'
import { initialsOf, matchStories } from '@shared/domain/customers'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { checkItemsInProduct, linkedItemIds } from '../backlog/item-references'
import { personaColumns } from './columns'

type PersonaRow = Selectable<Database['personas']>

function toPersona(row: PersonaRow, itemIds: number[]): Persona {
  return {
    id: row.id,
    productId: row.product_id,
    segmentId: row.segment_id,
    ...personaColumns.read(row),
    initials: initialsOf(row.name),
    itemIds
  }
}

async function getPersonaRow(db: Db, id: number, path = 'id'): Promise<PersonaRow> {
  const row = await db.selectFrom('personas').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no persona with id ${id}.`, [{ path, message: `No persona ${id}` }])
  return row
}

async function getPersona(db: Db, id: number): Promise<Persona> {
  const row = await getPersonaRow(db, id)
  return toPersona(row, (await linkedItemIds(db, 'persona', row.product_id)).get(id) ?? [])
}

export async function listPersonas(db: Db, productId: number): Promise<Persona[]> {
  const rows = await db
    .selectFrom('personas')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const links = await linkedItemIds(db, 'persona', productId)
  return rows.map((row) => toPersona(row, links.get(row.id) ?? []))
}

/** A persona's segment must be one of its own product's. */
async function checkSegment(
  db: Db,
  productId: number,
  segmentId: number | null | undefined,
  path: string
): Promise<void> {
  if (segmentId === null || segmentId === undefined) return
  const found = await db
    .selectFrom('customer_segments')
    .select('id')
    .where('id', '=', segmentId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!found)
    throw new ApiError('invalid_input', 'Choose one of this product’s customer segments.', [
      { path, message: `No segment ${segmentId} in this product` }
    ])
}

export async function createPersona(db: Db, input: ParsedInput<'personas.create'>, now: Date): Promise<Persona> {
  await checkSegment(db, input.productId, input.segmentId, 'segmentId')
  const stamp = now.toISOString()
  const row = await db
    .insertInto('personas')
    .values({
      product_id: input.productId,
      segment_id: input.segmentId,
      ...personaColumns.write({ ...input, createdAt: stamp, updatedAt: stamp })
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toPersona(row, [])
}

export async function updatePersona(
  db: Db,
  { id, patch }: ParsedInput<'personas.update'>,
  now: Date
): Promise<Persona> {
  const row = await getPersonaRow(db, id)
  await checkSegment(db, row.product_id, patch.segmentId, 'patch.segmentId')
  await db
    .updateTable('personas')
    .set({
      ...personaColumns.patch(patch),
      ...(patch.segmentId !== undefined && { segment_id: patch.segmentId }),
      updated_at: now.toISOString()
    })
    .where('id', '=', id)
    .execute()
  return getPersona(db, id)
}

export async function deletePersona(db: Db, id: number): Promise<{ deleted: number }> {
  await getPersonaRow(db, id)
  await db.deleteFrom('personas').where('id', '=', id).execute()
  return { deleted: id }
}

export async function linkPersonaItems(db: Db, personaId: number, itemIds: readonly number[]): Promise<Persona> {
  return inTransaction(db, async (trx) => {
    const persona = await getPersonaRow(trx, personaId, 'personaId')
    await checkItemsInProduct(trx, persona.product_id, itemIds, 'itemIds')
    await trx
      .insertInto('item_persona_links')
      .values(itemIds.map((item_id) => ({ item_id, persona_id: personaId })))
      .onConflict((oc) => oc.doNothing())
      .execute()
    return getPersona(trx, personaId)
  })
}

export async function unlinkPersonaItems(db: Db, personaId: number, itemIds: readonly number[]): Promise<Persona> {
  await getPersonaRow(db, personaId, 'personaId')
  await db
    .deleteFrom('item_persona_links')
    .where('persona_id', '=', personaId)
    .where('item_id', 'in', [...itemIds])
    .execute()
  return getPersona(db, personaId)
}

/** Open stories (not done, removed or deleted) in backlog order, matched against the personas. */
export async function unmatchedStories(db: Db, productId: number): Promise<StoryMatches> {
  const personas = await db
    .selectFrom('personas')
    .select(['id', 'name', 'role'])
    .where('product_id', '=', productId)
    .execute()
  const stories = await db
    .selectFrom('backlog_items as i')
    .innerJoin('workflow_states as s', 's.id', 'i.state_id')
    .select(['i.id', 'i.title', 'i.description'])
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .where('i.type', '=', 'story')
    .where('s.category', 'in', OPEN_CATEGORIES)
    .orderBy('i.rank')
    .orderBy('i.id')
    .execute()
  return matchStories(stories, personas)
}
