import { ApiError } from '@shared/api'
import type { EvidenceSnapshot, EvidenceSource, SnapshotLine } from '@shared/api/methods/practice'
import type { Db, ServiceDeps } from '../deps'

/** What every kind of linkable evidence is read with; areas with a reader of their own import it too. */

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

export const day = (iso: string) => iso.slice(0, 10)

export function needRef(pointer: Pointer, what: string): number {
  if (pointer.ref === null)
    throw new ApiError('invalid_input', `Choose which ${what} to link.`, [{ path: 'ref', message: `Choose a ${what}` }])
  return pointer.ref
}

export const notInProduct = (what: string) =>
  new ApiError('not_found', `That ${what} is not in this product.`, [
    { path: 'ref', message: `No such ${what} in this product` }
  ])
