import { z } from 'zod'
import { Id } from '../schemas'

export const Empty = z.object({}).strict()
export const ById = z.object({ id: Id }).strict()
export const ByProduct = z.object({ productId: Id }).strict()
