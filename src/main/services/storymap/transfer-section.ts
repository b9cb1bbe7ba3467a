import { z } from 'zod'
import { defineSection } from '../transfer/section'
import { activityColumns, sliceColumns, stepColumns } from './columns'
import { readStoryMap } from './read'

const Id = z.number().int().positive()
const Name = z.string().min(1)

const StoryMapSection = z.object({
  activities: z.array(z.object({ name: Name, steps: z.array(z.object({ id: Id, name: Name })) })),
  slices: z.array(z.object({ id: Id, name: Name })),
  placements: z.array(z.object({ itemId: Id, stepId: Id, sliceId: Id.nullable() }))
})

/** The story map's backbone, slices and where each story sits (items by their backlog ids). */
export const storyMapSection = defineSection({
  name: 'storymap',
  schema: StoryMapSection,

  async export(db, productId) {
    const { activities, slices, placements } = await readStoryMap(db, productId)
    return { activities: activities.map(({ name, steps }) => ({ name, steps })), slices, placements }
  },

  async import(trx, productId, data, ids) {
    for (const [position, activity] of data.activities.entries()) {
      const { id: activityId } = await trx
        .insertInto('story_map_activities')
        .values({ product_id: productId, ...activityColumns.write({ ...activity, position }) })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const [stepPosition, step] of activity.steps.entries()) {
        const { id } = await trx
          .insertInto('story_map_steps')
          .values({ activity_id: activityId, ...stepColumns.write({ ...step, position: stepPosition }) })
          .returning('id')
          .executeTakeFirstOrThrow()
        ids.set('storymap.step', step.id, id)
      }
    }
    for (const [position, slice] of data.slices.entries()) {
      const { id } = await trx
        .insertInto('story_map_slices')
        .values({ product_id: productId, ...sliceColumns.write({ ...slice, position }) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('storymap.slice', slice.id, id)
    }
    for (const [index, placement] of data.placements.entries()) {
      const path = `storymap.placements.${index}`
      await trx
        .insertInto('story_map_placements')
        .values({
          item_id: ids.get('item', placement.itemId, `${path}.itemId`),
          step_id: ids.get('storymap.step', placement.stepId, `${path}.stepId`),
          slice_id: ids.getNullable('storymap.slice', placement.sliceId, `${path}.sliceId`)
        })
        .execute()
    }
  }
})
