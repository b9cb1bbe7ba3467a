import { ApiError } from '@shared/api'
import type { EvidenceSnapshot, EvidenceSource, SnapshotLine } from '@shared/api/methods/practice'
import type { Db, ServiceDeps } from '../deps'

/** Which thing of a kind: an id, a key (ordering model), or neither for product-wide kinds. */
export interface Pointer {
  ref: number | null
  refKey: string | null
}

export interface Taken extends Pointer {
  snapshot: Omit<EvidenceSnapshot, 'takenAt'>
}

/**
 * One kind of linkable thing: what can be picked, how a snapshot is taken (through the same service
 * functions the API methods use, so the snapshot holds what the API answered), and where it lives.
 */
export interface KindReader {
  sources(deps: ServiceDeps, productId: number): Promise<EvidenceSource[]>
  take(deps: ServiceDeps, productId: number, pointer: Pointer): Promise<Taken>
  /** The in-app route while the thing still exists in the product, else null. */
  live(db: Db, productId: number, pointer: Pointer): Promise<string | null>
}

export const line = (label: string, value: string | number | null | undefined): SnapshotLine[] =>
  value === null || value === undefined || value === '' ? [] : [{ label, value: String(value) }]

export const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`)

export const day = (iso: string) => iso.slice(0, 10)

export function needRef(pointer: Pointer, what: string): number {
  if (pointer.ref === null)
    throw new ApiError('invalid_input', `Choose which ${what} to link.`, [
      { path: 'ref', message: `Choose ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}` }
    ])
  return pointer.ref
}

export const notInProduct = (what: string) =>
  new ApiError('not_found', `That ${what} is not in this product.`, [
    { path: 'ref', message: `No such ${what} in this product` }
  ])

/** Reads a row's product and tells whether it exists there, for the live link. */
async function existsIn(
  db: Db,
  table:
    | 'vision_versions'
    | 'product_goals'
    | 'saved_forecasts'
    | 'ebm_measures'
    | 'personas'
    | 'ebm_experiments'
    | 'sprints'
    | 'okr_objectives'
    | 'interviews'
    | 'product_definition_versions',
  id: number,
  productId: number
) {
  const row = await db.selectFrom(table).select('product_id').where('id', '=', id).executeTakeFirst()
  return row?.product_id === productId
}

export const productWide =
  (route: string): KindReader['live'] =>
  () =>
    Promise.resolve(route)

export const byId =
  (table: Parameters<typeof existsIn>[1], route: (id: number) => string): KindReader['live'] =>
  async (db, productId, { ref }) =>
    ref !== null && (await existsIn(db, table, ref, productId)) ? route(ref) : null
