import { ApiError, type ParsedInput } from '@shared/api'
import type { Evidence } from '@shared/api/methods/practice'
import { MAX_EVIDENCE_FILE_BYTES, fileTooLargeMessage } from '@shared/domain/practice'
import { inTransaction, type ServiceDeps } from '../deps'
import { NO_FILE, evidenceColumns } from './columns'
import { getEntryRow, removeFromEntry, touchEntry } from './entry-rows'
import { EVIDENCE_COLUMNS, noEvidence, toEvidence } from './evidence-rows'
import { takeSnapshot } from './snapshots'

type AddEvidence = ParsedInput<'practice.evidence.add'>
type NewEvidence = Omit<Parameters<typeof evidenceColumns.write>[0], 'addedAt'> & { ref: number | null }

/** A file's bytes are kept with the evidence, titled by the file's name. */
export function fileEvidence(input: Extract<AddEvidence, { kind: 'file' }>): NewEvidence {
  const data = Buffer.from(input.dataBase64, 'base64')
  // The schema checks the size already; this guards callers that bypass it.
  if (data.byteLength > MAX_EVIDENCE_FILE_BYTES)
    throw new ApiError('invalid_input', fileTooLargeMessage(data.byteLength), [
      { path: 'dataBase64', message: 'File too large' }
    ])
  return {
    kind: 'file',
    title: input.name,
    text: input.text,
    ref: null,
    refKey: null,
    snapshot: null,
    fileName: input.name,
    fileType: input.type,
    fileSize: data.byteLength,
    fileData: data
  }
}

/** A note or a file is kept as given; a link keeps a snapshot of what it points at now. */
async function newEvidence(deps: ServiceDeps, productId: number, input: AddEvidence): Promise<NewEvidence> {
  if (input.kind === 'note')
    return { kind: 'note', title: input.title, text: input.text, ref: null, refKey: null, snapshot: null, ...NO_FILE }
  if (input.kind === 'file') return fileEvidence(input)
  const taken = await takeSnapshot(deps, productId, input.kind, {
    ref: input.ref ?? null,
    refKey: input.refKey ?? null
  })
  return {
    kind: input.kind,
    title: taken.snapshot.title,
    text: input.text,
    ref: taken.ref,
    refKey: taken.refKey,
    snapshot: taken.snapshot,
    ...NO_FILE
  }
}

export async function addEvidence(deps: ServiceDeps, input: AddEvidence): Promise<Evidence> {
  const { db, now } = deps
  const entry = await getEntryRow(db, input.entryId, 'entryId')
  const at = now()
  const values = await newEvidence(deps, entry.product_id, input)
  const row = await inTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto('practice_evidence')
      .values({
        entry_id: entry.id,
        ref: values.ref,
        ...evidenceColumns.write({ ...values, addedAt: at.toISOString() })
      })
      .returning(EVIDENCE_COLUMNS)
      .executeTakeFirstOrThrow()
    await touchEntry(trx, entry.id, at)
    return inserted
  })
  return toEvidence(db, entry.product_id, row)
}

export async function evidenceFile({ db }: ServiceDeps, id: number) {
  const row = await db
    .selectFrom('practice_evidence')
    .select(['file_name', 'file_type', 'file_size', 'file_data'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw noEvidence(id)
  if (row.file_name === null || row.file_data === null)
    throw new ApiError('invalid_input', 'That evidence is not a file.', [{ path: 'id', message: 'Not a file' }])
  return {
    name: row.file_name,
    type: row.file_type ?? 'application/octet-stream',
    sizeBytes: row.file_size ?? row.file_data.byteLength,
    dataBase64: Buffer.from(row.file_data).toString('base64')
  }
}

export const removeEvidence = (deps: ServiceDeps, id: number) =>
  removeFromEntry(deps, 'practice_evidence', id, noEvidence)
