import { rowMapping } from '../../db/columns'

export const teamColumns = rowMapping('teams', { name: 'name', position: 'position', createdAt: 'created_at' }, [
  'product_id'
])
