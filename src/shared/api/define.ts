import type { z } from 'zod'

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  /** One line that says what the method does; shown by `GET /api`. */
  summary: string
  input: I
  output: O
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec
}
