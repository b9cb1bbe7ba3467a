import { z } from 'zod'
import { Id } from '../schemas'
import { isIsoDay } from '../../domain/flow/dates'

export const Empty = z.object({}).strict()
export const ById = z.object({ id: Id }).strict()
export const ByProduct = z.object({ productId: Id }).strict()
/** What a delete answers: the id of the row it removed. */
export const Deleted = z.object({ deleted: Id })

/** A calendar day written YYYY-MM-DD (UTC calendar days throughout the flow screens). */
export const IsoDay = z.string().refine(isIsoDay, { message: 'Write the date as YYYY-MM-DD, e.g. 2026-03-31' })
