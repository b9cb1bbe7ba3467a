import type { Insertable, Selectable, Updateable } from 'kysely'
import type { z } from 'zod'
import type { Database } from './schema'

type Table = keyof Database
type Row<T extends Table> = Selectable<Database[T]>
type Column<T extends Table> = keyof Row<T> & string

/**
 * A column that stores JSON text; reading parses it and checks it against the schema. A null value
 * is SQL NULL both ways (never the text "null"), so a nullable column reads back as it was written.
 */
interface JsonColumn<C extends string, S extends z.ZodType> {
  kind: 'json'
  column: C
  schema: S
}

/** A column that stores a yes/no as SQLite's 0 or 1. */
interface FlagColumn<C extends string> {
  kind: 'flag'
  column: C
}

type Field<T extends Table> = Column<T> | JsonColumn<Column<T>, z.ZodType> | FlagColumn<Column<T>>
type Fields<T extends Table> = Record<string, Field<T>>

type ColumnOf<F> = F extends string ? F : F extends { column: infer C } ? C : never
type ColumnsOf<T extends Table, S extends Fields<T>> = ColumnOf<S[keyof S]> & Column<T>

/** A field's value in code: what reading gives ('out') or what writing takes ('in'). */
type Value<T extends Table, F, Way extends 'in' | 'out'> =
  F extends Column<T>
    ? Row<T>[F]
    : F extends JsonColumn<string, infer S>
      ? Way extends 'out'
        ? z.output<S>
        : z.input<S>
      : F extends FlagColumn<string>
        ? boolean
        : never

/** The fields as the contract and the product file name them, in their own types. */
export type Mapped<T extends Table, S extends Fields<T>> = { [K in keyof S]: Value<T, S[K], 'out'> }
type Written<T extends Table, S extends Fields<T>> = { [K in keyof S]: Value<T, S[K], 'in'> }

/**
 * One table's own values under the names the contract and the product file use, written once and
 * used by the service, the product file (transfer) and the sample alike, so a column cannot be
 * renamed, encoded or forgotten in one of them only. Ids that point at other rows (`product_id`,
 * `segment_id`) stay outside the mapping: the product file has to translate them on import.
 */
export interface RowMapping<T extends Table, S extends Fields<T>> {
  table: T
  /** The columns the mapping reads and writes. */
  columns: readonly Column<T>[]
  /** The table's other columns besides `id`: references to other rows, which callers translate. */
  references: readonly Column<T>[]
  /** The mapped fields of a row, decoded. */
  read(row: Pick<Row<T>, ColumnsOf<T, S>>): Mapped<T, S>
  /** Every mapped column of a new row, encoded; other keys of `values` are ignored. */
  write(values: Written<T, S>): Pick<Insertable<Database[T]>, ColumnsOf<T, S> & keyof Insertable<Database[T]>>
  /** The columns of the fields that are set (not undefined), for an update. */
  patch(values: Partial<Written<T, S>>): Updateable<Database[T]>
}

export const json = <C extends string, S extends z.ZodType>(column: C, schema: S): JsonColumn<C, S> => ({
  kind: 'json',
  column,
  schema
})

export const flag = <C extends string>(column: C): FlagColumn<C> => ({ kind: 'flag', column })

function decode(field: Field<Table>, value: unknown): unknown {
  if (typeof field === 'string') return value
  if (field.kind === 'flag') return value === 1
  return field.schema.parse(value === null ? null : JSON.parse(value as string))
}

function encode(field: Field<Table>, value: unknown): unknown {
  if (typeof field === 'string') return value
  if (field.kind === 'flag') return value ? 1 : 0
  return value === null ? null : JSON.stringify(value)
}

const columnOf = (field: Field<Table>): string => (typeof field === 'string' ? field : field.column)

export function rowMapping<T extends Table, const S extends Fields<T>>(
  table: T,
  fields: S,
  references: readonly Column<T>[]
): RowMapping<T, S> {
  // Plain arrays walked by index: a transfer reads 10,000 items, and Object.fromEntries over
  // mapped pairs costs several times this loop.
  const entries = Object.entries(fields) as [string, Field<Table>][]
  const keys = entries.map(([key]) => key)
  const columns = entries.map(([, field]) => columnOf(field))
  const codecs = entries.map(([, field]) => field)
  const count = keys.length
  return {
    table,
    columns: columns as Column<T>[],
    references,
    read(row) {
      const source = row as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (let i = 0; i < count; i++) out[keys[i]!] = decode(codecs[i]!, source[columns[i]!])
      return out as Mapped<T, S>
    },
    write(values) {
      const source = values as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (let i = 0; i < count; i++) out[columns[i]!] = encode(codecs[i]!, source[keys[i]!])
      return out as ReturnType<RowMapping<T, S>['write']>
    },
    patch(values) {
      const source = values as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (let i = 0; i < count; i++) {
        const value = source[keys[i]!]
        if (value !== undefined) out[columns[i]!] = encode(codecs[i]!, value)
      }
      return out as Updateable<Database[T]>
    }
  }
}
