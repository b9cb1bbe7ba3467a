import { rowMapping } from '../../db/columns'

export const activityColumns = rowMapping('story_map_activities', { name: 'name', position: 'position' }, [
  'product_id'
])

export const stepColumns = rowMapping('story_map_steps', { name: 'name', position: 'position' }, ['activity_id'])

export const sliceColumns = rowMapping('story_map_slices', { name: 'name', position: 'position' }, ['product_id'])
