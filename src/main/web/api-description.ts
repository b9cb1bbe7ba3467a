import { z } from 'zod'
import { api, METHOD_NAMES } from '@shared/api'

export interface MethodDescription {
  name: string
  summary: string
  /** JSON Schema (draft 2020-12) of what a caller may send; fields with a default are optional. */
  input: unknown
  /** JSON Schema of the `value` of a successful answer. */
  output: unknown
}

/** What `GET /api` answers: every method of the contract, described from the same zod schemas that validate it. */
export function describeApi(): { methods: MethodDescription[] } {
  return {
    methods: METHOD_NAMES.map((name) => ({
      name,
      summary: api[name].summary,
      input: z.toJSONSchema(api[name].input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(api[name].output, { io: 'output', unrepresentable: 'any' })
    }))
  }
}
