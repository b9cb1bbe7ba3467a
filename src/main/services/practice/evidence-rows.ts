import type { Selectable } from 'kysely'
import { ApiError } from '@shared/api'
import type { Evidence } from '@shared/api/methods/practice'
import { isLinkedKind } from '@shared/domain/practice'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { evidenceColumns } from './columns'
import { liveRoute } from './snapshots'

export type EvidenceRow = Omit<Selectable<Database['practice_evidence']>, 'file_data'>

/** Every evidence column except the file's bytes, which only `practice.evidence.file` reads. */
export const EVIDENCE_COLUMNS = [
  'id',
  'entry_id',
  'kind',
  'title',
  'text',
  'ref',
  'ref_key',
  'snapshot',
  'file_name',
  'file_type',
  'file_size',
  'added_at'
] as const

export const noEvidence = (id: number) =>
  new ApiError('not_found', `There is no evidence ${id}.`, [{ path: 'id', message: 'No such evidence' }])

/** Linked evidence also gets the route to what it points at, while that still exists. */
export async function toEvidence(db: Db, productId: number, r: EvidenceRow): Promise<Evidence> {
  // The list leaves the file's bytes out; the mapping decodes the rest, the snapshot included.
  const { fileName, fileType, fileSize, fileData: _bytes, ...fields } = evidenceColumns.read({ ...r, file_data: null })
  return {
    id: r.id,
    entryId: r.entry_id,
    ref: r.ref,
    ...fields,
    file:
      fileName === null
        ? null
        : { name: fileName, type: fileType ?? 'application/octet-stream', sizeBytes: fileSize ?? 0 },
    liveRoute: isLinkedKind(r.kind) ? await liveRoute(db, productId, r.kind, { ref: r.ref, refKey: r.ref_key }) : null
  }
}
