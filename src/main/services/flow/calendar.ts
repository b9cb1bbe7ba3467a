import type { FlowCalendar } from '@shared/api/methods/flow'
import { DEFAULT_CALENDAR } from '@shared/domain/flow'
import type { Db } from '../deps'
import { calendarColumns } from './columns'

/** A product's working-day calendar; the default (weekends off, no holidays) until one is set. */
export async function getCalendar(db: Db, productId: number): Promise<FlowCalendar> {
  const row = await db.selectFrom('flow_calendars').selectAll().where('product_id', '=', productId).executeTakeFirst()
  if (!row) return { weekendsOff: DEFAULT_CALENDAR.weekendsOff, nonWorkingDays: [...DEFAULT_CALENDAR.nonWorkingDays] }
  return calendarColumns.read(row)
}

/** Replaces the calendar; `nonWorkingDays` arrive validated, sorted and deduplicated. */
export async function setCalendar(db: Db, productId: number, calendar: FlowCalendar): Promise<FlowCalendar> {
  const values = calendarColumns.write(calendar)
  await db
    .insertInto('flow_calendars')
    .values({ product_id: productId, ...values })
    .onConflict((oc) => oc.column('product_id').doUpdateSet(values))
    .execute()
  return getCalendar(db, productId)
}
