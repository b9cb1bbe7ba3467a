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

type MethodGroup = Record<string, MethodSpec<z.ZodType, z.ZodType>>
type Intersection<U> = (U extends unknown ? (group: U) => void : never) extends (group: infer I) => void ? I : never
type Combined<G extends readonly MethodGroup[]> = { [K in keyof Intersection<G[number]>]: Intersection<G[number]>[K] }

/**
 * Joins method groups into one table. A name declared in two groups stops the app at start-up:
 * spreading the groups would let the later one win without a word (Actual Budget's `App.method`
 * refuses a conflicting name the same way).
 */
export function combineMethods<const G extends readonly MethodGroup[]>(...groups: G): Combined<G> {
  const table: MethodGroup = {}
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (Object.hasOwn(table, name)) throw new Error(`The API method "${name}" is declared twice; each method name must be declared once.`)
      table[name] = spec
    }
  }
  return table as Combined<G>
}
