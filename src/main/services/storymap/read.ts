import type { StoryMap } from '@shared/api/methods/storymap'
import type { Db } from '../deps'

/** The map as stored, in position order; placements only of live items. */
export async function readStoryMap(db: Db, productId: number): Promise<StoryMap> {
  const activities = await db
    .selectFrom('story_map_activities')
    .select(['id', 'name'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const steps = await db
    .selectFrom('story_map_steps as s')
    .innerJoin('story_map_activities as a', 'a.id', 's.activity_id')
    .select(['s.id', 's.name', 's.activity_id'])
    .where('a.product_id', '=', productId)
    .orderBy('s.position')
    .orderBy('s.id')
    .execute()
  const slices = await db
    .selectFrom('story_map_slices')
    .select(['id', 'name'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const placements = await db
    .selectFrom('story_map_placements as p')
    .innerJoin('backlog_items as i', 'i.id', 'p.item_id')
    .select(['p.item_id', 'p.step_id', 'p.slice_id'])
    .where('i.product_id', '=', productId)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.rank')
    .orderBy('i.id')
    .execute()
  return {
    productId,
    activities: activities.map((activity) => ({
      id: activity.id,
      name: activity.name,
      steps: steps.filter((step) => step.activity_id === activity.id).map((step) => ({ id: step.id, name: step.name }))
    })),
    slices,
    placements: placements.map((p) => ({ itemId: p.item_id, stepId: p.step_id, sliceId: p.slice_id }))
  }
}
