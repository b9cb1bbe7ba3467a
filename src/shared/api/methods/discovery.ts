import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { MAX_SEGMENT_TEXT } from '../../domain/discovery/personas'
import { ById, ByProduct } from './common'

const Text = (what: string, max: number) =>
  z.string({ message: `Write the ${what} as text` }).trim().max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters or fewer`)

// ---------------------------------------------------------------------------------------------
// Customer segments

const SegmentName = z
  .string({ message: 'Give the segment a name' })
  .trim()
  .min(1, 'Give the segment a name, e.g. "Swimming clubs"')
  .max(120, 'Keep the name to 120 characters or fewer')

const SegmentFields = {
  name: SegmentName,
  description: Text('description', MAX_SEGMENT_TEXT),
  /** The needs and jobs the people in the segment share. */
  needs: Text('needs and jobs', MAX_SEGMENT_TEXT),
  /** How many they are, or notes on the size. */
  size: Text('size or notes', MAX_SEGMENT_TEXT)
}

export const Segment = z.object({
  id: s.Id,
  productId: s.Id,
  name: z.string(),
  description: z.string(),
  needs: z.string(),
  size: z.string(),
  /** The personas placed in this segment, in the personas' order. */
  personaIds: z.array(s.Id),
  createdAt: s.IsoTime,
  updatedAt: s.IsoTime
})
export type Segment = z.infer<typeof Segment>

// ---------------------------------------------------------------------------------------------

export const discoveryMethods = {
  'discovery.segments.list': defineMethod({
    summary: "A product's customer segments, oldest first, each with the personas placed in it.",
    input: ByProduct,
    output: z.array(Segment)
  }),

  'discovery.segments.create': defineMethod({
    summary: 'Add a customer segment: its name, description, shared needs and jobs, and size.',
    input: z
      .object({
        productId: s.Id,
        ...SegmentFields,
        description: SegmentFields.description.default(''),
        needs: SegmentFields.needs.default(''),
        size: SegmentFields.size.default('')
      })
      .strict(),
    output: Segment
  }),

  'discovery.segments.update': defineMethod({
    summary: "Change a segment's fields.",
    input: z.object({ id: s.Id, patch: z.object(SegmentFields).partial().strict() }).strict(),
    output: Segment
  }),

  'discovery.segments.delete': defineMethod({
    summary: 'Delete a segment; its personas stay, in no segment.',
    input: ById,
    output: z.object({ deleted: s.Id })
  })
} as const
