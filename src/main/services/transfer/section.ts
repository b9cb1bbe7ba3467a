import type { z } from 'zod'
import { ApiError } from '@shared/api'
import type { Db } from '../deps'

/**
 * Old ids (as written in an exported document) mapped to the ids the import created, per kind
 * (`item`, `state`, ...), so sections can keep their references when a product comes back.
 */
export class IdMap {
  private readonly maps = new Map<string, Map<number, number>>()

  set(kind: string, oldId: number, newId: number): void {
    let map = this.maps.get(kind)
    if (!map) this.maps.set(kind, (map = new Map()))
    map.set(oldId, newId)
  }

  /**
   * The new id; a dangling reference makes the whole import fail with the path that holds it
   * (`path` is relative to `document.sections`, e.g. `backlog.items.3.stateId`).
   */
  get(kind: string, oldId: number, path: string): number {
    const id = this.maps.get(kind)?.get(oldId)
    if (id === undefined) {
      throw new ApiError(
        'invalid_input',
        `The file refers to ${kind} ${oldId} at ${path}, which it does not contain.`,
        [{ path: `document.sections.${path}`, message: `No ${kind} with id ${oldId} in this file` }]
      )
    }
    return id
  }

  getNullable(kind: string, oldId: number | null, path: string): number | null {
    return oldId === null ? null : this.get(kind, oldId, path)
  }
}

/**
 * One area's part of a product's JSON document. Sections export in the registry's order and
 * import in the same order inside one transaction, so later sections can use earlier ids.
 */
export interface TransferSection<T> {
  /** Key under `sections` in the document. */
  name: string
  schema: z.ZodType<T>
  export(db: Db, productId: number): Promise<T>
  import(trx: Db, productId: number, data: T, ids: IdMap): Promise<void>
}

/** Keeps each section's schema and data types tied together in the registry. */
export function defineSection<T>(section: TransferSection<T>): TransferSection<T> {
  return section
}
