import { ApiError, type ParsedInput } from '@shared/api'
import type { StoryMap } from '@shared/api/methods/storymap'
import type { Db, ServiceDeps } from '../deps'
import { nextPosition } from '../position'
import { getProduct } from '../products/service'
import { liveItem } from '../refinement/split'
import { activityColumns, sliceColumns, stepColumns } from './columns'
import { readStoryMap } from './read'

type Kind = ParsedInput<'storymap.rename'>['kind']

const KIND_WORDS: Record<Kind, string> = { activity: 'activity', step: 'step', slice: 'release slice' }

/** The product an activity, step or slice belongs to; not found names the field. */
async function productOf(db: Db, kind: Kind, id: number, field = 'id'): Promise<number> {
  const row =
    kind === 'activity'
      ? await db.selectFrom('story_map_activities').select('product_id').where('id', '=', id).executeTakeFirst()
      : kind === 'slice'
        ? await db.selectFrom('story_map_slices').select('product_id').where('id', '=', id).executeTakeFirst()
        : await db
            .selectFrom('story_map_steps as s')
            .innerJoin('story_map_activities as a', 'a.id', 's.activity_id')
            .select('a.product_id')
            .where('s.id', '=', id)
            .executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no ${KIND_WORDS[kind]} with id ${id}.`, [
      { path: field, message: `No ${KIND_WORDS[kind]} with id ${id}` }
    ])
  return row.product_id
}

const TABLES = { activity: 'story_map_activities', step: 'story_map_steps', slice: 'story_map_slices' } as const

export function createStoryMapService({ db }: ServiceDeps) {
  return {
    async get(productId: number): Promise<StoryMap> {
      await getProduct(db, productId)
      return readStoryMap(db, productId)
    },

    async addActivity(productId: number, name: string): Promise<StoryMap> {
      await getProduct(db, productId)
      const position = await nextPosition(db, 'story_map_activities', productId)
      await db
        .insertInto('story_map_activities')
        .values({ product_id: productId, ...activityColumns.write({ name, position }) })
        .execute()
      return readStoryMap(db, productId)
    },

    async addStep(activityId: number, name: string): Promise<StoryMap> {
      const productId = await productOf(db, 'activity', activityId, 'activityId')
      const row = await db
        .selectFrom('story_map_steps')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('activity_id', '=', activityId)
        .executeTakeFirst()
      await db
        .insertInto('story_map_steps')
        .values({ activity_id: activityId, ...stepColumns.write({ name, position: (row?.max ?? -1) + 1 }) })
        .execute()
      return readStoryMap(db, productId)
    },

    async addSlice(productId: number, name: string): Promise<StoryMap> {
      await getProduct(db, productId)
      const position = await nextPosition(db, 'story_map_slices', productId)
      await db
        .insertInto('story_map_slices')
        .values({ product_id: productId, ...sliceColumns.write({ name, position }) })
        .execute()
      return readStoryMap(db, productId)
    },

    async rename({ kind, id, name }: ParsedInput<'storymap.rename'>): Promise<StoryMap> {
      const productId = await productOf(db, kind, id)
      await db.updateTable(TABLES[kind]).set({ name }).where('id', '=', id).execute()
      return readStoryMap(db, productId)
    },

    /** Steps and placements go with their activity or step (foreign keys cascade); a slice's stories stay on the map. */
    async remove({ kind, id }: ParsedInput<'storymap.remove'>): Promise<StoryMap> {
      const productId = await productOf(db, kind, id)
      await db.deleteFrom(TABLES[kind]).where('id', '=', id).execute()
      return readStoryMap(db, productId)
    },

    async place({ itemId, stepId, sliceId }: ParsedInput<'storymap.place'>): Promise<StoryMap> {
      const item = await liveItem(db, itemId, 'itemId')
      if (stepId === null) {
        await db.deleteFrom('story_map_placements').where('item_id', '=', itemId).execute()
        return readStoryMap(db, item.product_id)
      }
      const sameProduct = async (kind: Kind, id: number, field: string) => {
        if ((await productOf(db, kind, id, field)) !== item.product_id) {
          throw new ApiError('invalid_input', `That ${KIND_WORDS[kind]} belongs to another product's map.`, [
            { path: field, message: `Choose a ${KIND_WORDS[kind]} of this product` }
          ])
        }
      }
      await sameProduct('step', stepId, 'stepId')
      if (sliceId !== null) await sameProduct('slice', sliceId, 'sliceId')
      await db
        .insertInto('story_map_placements')
        .values({ item_id: itemId, step_id: stepId, slice_id: sliceId })
        .onConflict((oc) => oc.column('item_id').doUpdateSet({ step_id: stepId, slice_id: sliceId }))
        .execute()
      return readStoryMap(db, item.product_id)
    }
  }
}
