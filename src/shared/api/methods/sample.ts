import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { Empty } from './common'

export const sampleMethods = {
  'sample.reset': defineMethod({
    summary: 'Recreate the sample product from scratch (other products are untouched).',
    input: Empty,
    output: s.Product
  }),

  'sample.remove': defineMethod({
    summary: 'Remove the sample product.',
    input: Empty,
    output: z.object({ removed: z.boolean() })
  })
} as const
