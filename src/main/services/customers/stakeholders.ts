import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Stakeholder, StakeholderHistory } from '@shared/api/methods/stakeholders'
import { QUADRANT_GUIDANCE, contactStatus, quadrantOf } from '@shared/domain/customers'
import type { Database } from '../../db/schema'
import { inTransaction, type Db } from '../deps'
import { feedbackTraces } from '../sprint-reviews/traces'
import { contactColumns, stakeholderColumns } from './columns'

type StakeholderRow = Selectable<Database['stakeholders']>

/** Calendar days are UTC days, as everywhere else in the app. */
const isoDay = (at: Date) => at.toISOString().slice(0, 10)

function toStakeholder(row: StakeholderRow, today: string): Stakeholder {
  const quadrant = quadrantOf(row.power, row.interest)
  return {
    id: row.id,
    productId: row.product_id,
    ...stakeholderColumns.read(row),
    quadrant,
    guidance: QUADRANT_GUIDANCE[quadrant].title,
    ...contactStatus(
      { cadenceDays: row.cadence_days, lastContactOn: row.last_contact_on, addedOn: row.created_at.slice(0, 10) },
      today
    )
  }
}

export async function getStakeholderRow(db: Db, id: number, path = 'id'): Promise<StakeholderRow> {
  const row = await db.selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no stakeholder with id ${id}.`, [
      { path, message: `No stakeholder ${id}` }
    ])
  return row
}

export async function listStakeholders(db: Db, productId: number, now: Date): Promise<Stakeholder[]> {
  const rows = await db
    .selectFrom('stakeholders')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('name')
    .orderBy('id')
    .execute()
  return rows.map((row) => toStakeholder(row, isoDay(now)))
}

export async function createStakeholder(
  db: Db,
  input: ParsedInput<'stakeholders.create'>,
  now: Date
): Promise<Stakeholder> {
  const stamp = now.toISOString()
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('stakeholders')
      .values({
        product_id: input.productId,
        ...stakeholderColumns.write({ ...input, createdAt: stamp, updatedAt: stamp })
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    // A last contact given with a new stakeholder is the first entry of their contact log.
    if (input.lastContactOn !== null) await insertContact(trx, row.id, input.lastContactOn, '', now)
    return toStakeholder(row, isoDay(now))
  })
}

function insertContact(db: Db, stakeholderId: number, on: string, discussed: string, now: Date) {
  return db
    .insertInto('stakeholder_contacts')
    .values({ stakeholder_id: stakeholderId, ...contactColumns.write({ on, discussed, createdAt: now.toISOString() }) })
    .execute()
}

type StakeholderPatch = ParsedInput<'stakeholders.update'>['patch']

export async function updateStakeholder(db: Db, id: number, patch: StakeholderPatch, now: Date): Promise<Stakeholder> {
  await getStakeholderRow(db, id)
  const row = await db
    .updateTable('stakeholders')
    .set({ ...stakeholderColumns.patch(patch), updated_at: now.toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toStakeholder(row, isoDay(now))
}

/** A contact on a day in the future would hide the next one; it is refused. The log keeps what was discussed. */
export async function logContact(
  db: Db,
  id: number,
  on: string | undefined,
  discussed: string,
  now: Date
): Promise<Stakeholder> {
  const today = isoDay(now)
  const day = on ?? today
  if (day > today) {
    throw new ApiError('invalid_input', 'Record contacts that happened, on or before today.', [
      { path: 'on', message: `${day} is after today (${today})` }
    ])
  }
  return inTransaction(db, async (trx) => {
    const row = await getStakeholderRow(trx, id)
    await insertContact(trx, id, day, discussed, now)
    // Logging an older contact never moves the last contact back.
    const latest = row.last_contact_on !== null && row.last_contact_on > day ? row.last_contact_on : day
    return updateStakeholder(trx, id, { lastContactOn: latest }, now)
  })
}

/** The contact log and the Sprint Review feedback of one stakeholder, newest first. */
export async function stakeholderHistory(db: Db, id: number): Promise<StakeholderHistory> {
  await getStakeholderRow(db, id)
  const contacts = await db
    .selectFrom('stakeholder_contacts')
    .select(['id', 'on_day as on', 'discussed'])
    .where('stakeholder_id', '=', id)
    .orderBy('on_day', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return { contacts, feedback: await feedbackTraces(db, { stakeholderId: id }, 'desc') }
}

export async function deleteStakeholder(db: Db, id: number): Promise<{ deleted: number }> {
  await getStakeholderRow(db, id)
  await db.deleteFrom('stakeholders').where('id', '=', id).execute()
  return { deleted: id }
}
