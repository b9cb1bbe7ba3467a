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

type Intersection<U> = (U extends unknown ? (table: U) => void : never) extends (table: infer I) => void ? I : never
type Joined<T extends readonly object[]> = { [K in keyof Intersection<T[number]>]: Intersection<T[number]>[K] }

/**
 * Joins tables keyed by method name (the contract's groups, the services' handler maps). A name in
 * two tables stops the app at start-up: spreading them would let the later one win without a word
 * (Actual Budget's `App.method` refuses a conflicting name the same way). `what` names the entry
 * in the error, e.g. "API method".
 */
export function joinByMethodName<const T extends readonly Record<string, unknown>[]>(
  what: string,
  ...tables: T
): Joined<T> {
  const joined: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (Object.hasOwn(joined, name))
        throw new Error(`The ${what} "${name}" is declared twice; each method name must be declared once.`)
      joined[name] = entry
    }
  }
  return joined as Joined<T>
}

type MethodGroup = Record<string, MethodSpec<z.ZodType, z.ZodType>>

/** The contract's method groups as one table, refusing a name declared twice. */
export function combineMethods<const G extends readonly MethodGroup[]>(...groups: G): Joined<G> {
  return joinByMethodName('API method', ...groups)
}
