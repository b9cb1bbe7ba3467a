import { z } from 'zod'
import { defineMethod } from '../define'
import * as s from '../schemas'
import { ByProduct } from './common'

export const Label = z.object({ id: s.Id, name: z.string(), itemCount: z.number().int().nonnegative() })
export type Label = z.infer<typeof Label>

export const labelsMethods = {
  'labels.list': defineMethod({
    summary: "A product's labels by name, with how many live items carry each.",
    input: ByProduct,
    output: z.array(Label)
  })
} as const
