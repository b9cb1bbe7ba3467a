import type { Db } from '../deps'
import { activityColumns, sliceColumns, stepColumns } from '../storymap/columns'

/**
 * The sample product's story map: a swimmer's journey as the backbone, two release slices, and a
 * dozen open stories placed on it (found by the start of their titles).
 */
const BACKBONE: ReadonlyArray<readonly [activity: string, steps: readonly string[]]> = [
  ['Find a swim', ['Browse sessions', 'Choose a session']],
  ['Book', ['Book a lane', 'Pay']],
  ['Manage bookings', ['Change or cancel', 'Remember the session']],
  ['At the pool', ['Check in', 'Swim and give feedback']]
]

const SLICES = ['Release 1: book with confidence', 'Release 2: fewer empty lanes']

/** title start → [step, slice index or null for "no release yet"] */
const PLACEMENTS: ReadonlyArray<readonly [string, string, number | null]> = [
  ['As a lane swimmer, I want to filter sessions by lane speed', 'Browse sessions', 0],
  ['When the session I wanted is full, I want to see the nearest pool', 'Choose a session', 1],
  ['As a swimmer, I want to join the waiting list', 'Book a lane', 1],
  ['As a disabled swimmer, I want to book a session with the pool hoist', 'Book a lane', 0],
  ['As a club secretary, I want to book the same lanes every week', 'Book a lane', null],
  ['As a parent, I want to pay for a term of lessons in three instalments', 'Pay', 1],
  ['As a swimmer, I want to cancel a lane booking', 'Change or cancel', 0],
  ['As a swimmer, I want to add a booked session to my phone', 'Remember the session', 0],
  ['As a front-desk assistant, I want to find a member by the last four digits', 'Check in', 0],
  ['As a swimmer, I want to rate how crowded a session was', 'Swim and give feedback', null]
]

export async function seedSampleStoryMap(db: Db, productId: number): Promise<void> {
  const stepIds = new Map<string, number>()
  for (const [position, [activity, steps]] of BACKBONE.entries()) {
    const { id } = await db
      .insertInto('story_map_activities')
      .values({ product_id: productId, ...activityColumns.write({ name: activity, position }) })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const [stepPosition, step] of steps.entries()) {
      const row = await db
        .insertInto('story_map_steps')
        .values({ activity_id: id, ...stepColumns.write({ name: step, position: stepPosition }) })
        .returning('id')
        .executeTakeFirstOrThrow()
      stepIds.set(step, row.id)
    }
  }
  const sliceIds: number[] = []
  for (const [position, name] of SLICES.entries()) {
    const { id } = await db
      .insertInto('story_map_slices')
      .values({ product_id: productId, ...sliceColumns.write({ name, position }) })
      .returning('id')
      .executeTakeFirstOrThrow()
    sliceIds.push(id)
  }
  const items = await db
    .selectFrom('backlog_items')
    .select(['id', 'title'])
    .where('product_id', '=', productId)
    .where('deleted_at', 'is', null)
    .execute()
  for (const [start, step, slice] of PLACEMENTS) {
    const item = items.find((i) => i.title.startsWith(start))
    const stepId = stepIds.get(step)
    if (!item || stepId === undefined)
      throw new Error(`Sample story map: no item starting "${start}" or no step "${step}"`)
    await db
      .insertInto('story_map_placements')
      .values({ item_id: item.id, step_id: stepId, slice_id: slice === null ? null : (sliceIds[slice] ?? null) })
      .execute()
  }
}
