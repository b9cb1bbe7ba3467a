import fc from 'fast-check'

/** The part of JSON Schema (draft 2020-12) that `z.toJSONSchema` writes for the API's inputs. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
}

/** Strings that get past more refinements than random text does: dates, times, a title. */
const PLAUSIBLE_TEXT = [
  '2025-03-12',
  '2025-01-01',
  '2025-03-12T10:30:00.000Z',
  'As a swimmer, I want a lane, so that I train',
  'Ready',
  'wsjf',
  'flow',
  'Title\nA row'
]

function text(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = Math.min(schema.maxLength ?? 40, min + 40)
  const fits = (s: string) => s.length >= min && s.length <= (schema.maxLength ?? Infinity)
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits)
  const plausible = PLAUSIBLE_TEXT.filter(fits)
  const random = fc.string({ minLength: min, maxLength: max })
  return plausible.length > 0 ? fc.oneof(random, fc.constantFrom(...plausible)) : random
}

/** Small numbers near the lower bound, and the bounds themselves when they are not huge work (a million trials). */
function number(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 0.001) : -20)
  const hi =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 0.001) : lo + 1000)
  const top = Math.min(hi, lo + 60)
  const near = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(top) })
    : fc.double({ min: lo, max: top, noNaN: true })
  const edges = [lo, ...(hi - lo <= 10_000 || hi > 1e15 ? [hi] : [])].filter((n) => !integer || Number.isInteger(n))
  return edges.length > 0 ? fc.oneof(near, fc.constantFrom(...edges)) : near
}

function object(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {}
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames
      ? (validish(schema.propertyNames).filter((k) => typeof k === 'string') as fc.Arbitrary<string>)
      : fc.string({ maxLength: 12 })
    return fc.dictionary(keys, validish(schema.additionalProperties), { maxKeys: 3 })
  }
  const required = (schema.required ?? []).filter((key) => key in properties)
  const arbitraries = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, validish(value)]))
  const any = fc.record(arbitraries, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>
  // Only the required fields (an empty patch, say) is an edge worth meeting more often than chance would.
  const bare = fc.record(Object.fromEntries(required.map((key) => [key, arbitraries[key]!])))
  return required.length < Object.keys(properties).length
    ? fc.oneof({ arbitrary: any, weight: 4 }, { arbitrary: bare, weight: 1 })
    : any
}

/**
 * Values of the shape a schema describes, small and near their bounds. Valid-ish: refinements that
 * JSON Schema cannot express (a real date, a range the right way round) hold only by chance.
 */
export function validish(schema: JsonSchema): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const options = schema.anyOf ?? schema.oneOf
  if (options) return fc.oneof(...options.map(validish))
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => validish({ ...schema, type })))
  switch (schema.type) {
    case 'object':
      return object(schema)
    case 'array': {
      const min = schema.minItems ?? 0
      return fc.array(validish(schema.items ?? {}), {
        minLength: min,
        maxLength: Math.min(schema.maxItems ?? 4, min + 3)
      })
    }
    case 'string':
      return text(schema)
    case 'integer':
      return number(schema, true)
    case 'number':
      return number(schema, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Values of every JSON type, some at the edges of what a field would take. */
const WRONG_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  1e308,
  2 ** 53,
  '',
  ' ',
  'x',
  'x'.repeat(5000),
  [],
  [null],
  {},
  { nested: { deep: [1] } }
]

type Mutation = 'replace' | 'extra-key' | 'drop-key'

/** Every place in a JSON value: the root, each property and each element. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => paths(item, [...at, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))
      : []
  return [at, ...inner]
}

function mutate(value: unknown, at: Array<string | number>, mutation: Mutation, wrong: unknown): unknown {
  if (at.length === 0) {
    if (mutation === 'replace') return wrong
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const copy = { ...(value as Record<string, unknown>) }
    if (mutation === 'extra-key') copy['bogus field'] = wrong
    else delete copy[Object.keys(copy)[0] ?? '']
    return copy
  }
  const [head, ...rest] = at
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? mutate(item, rest, mutation, wrong) : item))
  const record = value as Record<string, unknown>
  return { ...record, [head!]: mutate(record[head as string], rest, mutation, wrong) }
}

/**
 * A valid-ish value with one thing made wrong: a field (or the whole input) replaced by a value of
 * another type or out of range, an unknown field added, or a field dropped. Whether the result is
 * really invalid is for the schema itself to say (the fuzz test keeps only those it refuses).
 */
export function mutated(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validish(schema),
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'extra-key', 'drop-key'),
      fc.constantFrom(...WRONG_VALUES)
    )
    .map(([value, pick, mutation, wrong]) => {
      const all = paths(value)
      return mutate(value, all[pick % all.length]!, mutation, wrong)
    })
}
