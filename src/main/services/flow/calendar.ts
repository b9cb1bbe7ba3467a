import type { FlowCalendar } from '@shared/api/methods/flow'
import { DEFAULT_CALENDAR } from '@shared/domain/flow'
import type { Db } from '../deps'

/** A product's working-day calendar; the default (weekends off, no holidays) until one is set. */
export async function getCalendar(db: Db, productId: number): Promise<FlowCalendar> {
  const row = await db.selectFrom('flow_calendars').selectAll().where('product_id', '=', productId).executeTakeFirst()
  if (!row) return { weekendsOff: DEFAULT_CALENDAR.weekendsOff, nonWorkingDays: [...DEFAULT_CALENDAR.nonWorkingDays] }
  return { weekendsOff: row.weekends_off === 1, nonWorkingDays: JSON.parse(row.non_working_days) as string[] }
}

/** Replaces the calendar; `nonWorkingDays` arrive validated, sorted and deduplicated. */
export async function setCalendar(db: Db, productId: number, calendar: FlowCalendar): Promise<FlowCalendar> {
  const values = {
    weekends_off: calendar.weekendsOff ? 1 : 0,
    non_working_days: JSON.stringify(calendar.nonWorkingDays)
  }
  await db
    .insertInto('flow_calendars')
    .values({ product_id: productId, ...values })
    .onConflict((oc) => oc.column('product_id').doUpdateSet(values))
    .execute()
  return getCalendar(db, productId)
}
