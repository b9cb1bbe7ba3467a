import type { Selectable } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import {
  type Evidence,
  type PracticeAction,
  type PracticeEntry,
  type PracticeEntryDetail,
  type TrackProgress
} from '@shared/api/methods/practice'
import {
  MAX_EVIDENCE_FILE_BYTES,
  TRACKS,
  fileTooLargeMessage,
  currentTargetKey,
  findTarget,
  isLinkedKind,
  trackProgress,
  unknownExperiments,
  type PracticeTarget
} from '@shared/domain/practice'
import type { Database } from '../../db/schema'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { NO_FILE, actionColumns, entryColumns, evidenceColumns } from './columns'
import { liveRoute, takeSnapshot } from './snapshots'

type EntryRow = Selectable<Database['practice_entries']>
type EvidenceRow = Omit<Selectable<Database['practice_evidence']>, 'file_data'>
type NewEvidence = Omit<Parameters<typeof evidenceColumns.write>[0], 'addedAt'> & { ref: number | null }

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

function requireTarget(key: string, path: string): PracticeTarget {
  const target = findTarget(currentTargetKey(key))
  if (!target)
    throw new ApiError('invalid_input', `"${key}" is not an assignment or outcome in the catalogue.`, [
      { path, message: 'Choose an assignment or outcome from the catalogue' }
    ])
  return target
}

function requireExperiments(target: PracticeTarget, keys: readonly string[], path: string): void {
  const unknown = unknownExperiments(target, keys)
  if (unknown.length === 0) return
  const hint =
    target.experiments.length === 0
      ? 'it lists no experiments'
      : `choose from: ${target.experiments.map((e) => e.key).join(', ')}`
  throw new ApiError(
    'invalid_input',
    `“${target.title}” has no experiment ${unknown.map((k) => `"${k}"`).join(', ')}; ${hint}.`,
    [{ path, message: `Unknown experiment ${unknown[0]}` }]
  )
}

async function getEntryRow(db: Db, id: number, path = 'id'): Promise<EntryRow> {
  const row = await db.selectFrom('practice_entries').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no journal entry ${id}.`, [{ path, message: 'No such journal entry' }])
  return row
}

async function counts(
  db: Db,
  table: 'practice_actions' | 'practice_evidence',
  entryIds: number[]
): Promise<Map<number, number>> {
  if (entryIds.length === 0) return new Map()
  const rows = await db
    .selectFrom(table)
    .select(['entry_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entry_id', 'in', entryIds)
    .groupBy('entry_id')
    .execute()
  return new Map(rows.map((r) => [r.entry_id, Number(r.n)]))
}

async function toEntries(db: Db, rows: EntryRow[]): Promise<PracticeEntry[]> {
  const ids = rows.map((r) => r.id)
  const [actions, evidence] = await Promise.all([
    counts(db, 'practice_actions', ids),
    counts(db, 'practice_evidence', ids)
  ])
  return rows.map((r) => ({
    id: r.id,
    productId: r.product_id,
    ...entryColumns.read(r),
    actionCount: actions.get(r.id) ?? 0,
    evidenceCount: evidence.get(r.id) ?? 0
  }))
}

const toAction = (r: Selectable<Database['practice_actions']>): PracticeAction => ({
  id: r.id,
  entryId: r.entry_id,
  ...actionColumns.read(r)
})

async function toEvidence(db: Db, productId: number, r: EvidenceRow): Promise<Evidence> {
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

async function touch(db: Db, entryId: number, at: Date): Promise<void> {
  await db.updateTable('practice_entries').set({ updated_at: at.toISOString() }).where('id', '=', entryId).execute()
}

export function createJournalService(deps: ServiceDeps) {
  const { db, now } = deps

  async function detail(id: number): Promise<PracticeEntryDetail> {
    const row = await getEntryRow(db, id)
    const [entry] = await toEntries(db, [row])
    const actions = await db
      .selectFrom('practice_actions')
      .selectAll()
      .where('entry_id', '=', id)
      .orderBy('on_day')
      .orderBy('id')
      .execute()
    const evidence = await db
      .selectFrom('practice_evidence')
      .select(EVIDENCE_COLUMNS)
      .where('entry_id', '=', id)
      .orderBy('id')
      .execute()
    return {
      ...entry!,
      actions: actions.map(toAction),
      evidence: await Promise.all(evidence.map((e) => toEvidence(db, row.product_id, e)))
    }
  }

  return {
    detail,

    async list(productId: number, trackId?: string): Promise<PracticeEntry[]> {
      await getProduct(db, productId)
      let query = db.selectFrom('practice_entries').selectAll().where('product_id', '=', productId)
      if (trackId) query = query.where('track_id', '=', trackId as EntryRow['track_id'])
      return toEntries(db, await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute())
    },

    async create(input: ParsedInput<'practice.entries.create'>): Promise<PracticeEntryDetail> {
      await getProduct(db, input.productId)
      const target = requireTarget(input.targetKey, 'targetKey')
      requireExperiments(target, input.experiments, 'experiments')
      const stamp = now().toISOString()
      const { id } = await db
        .insertInto('practice_entries')
        .values({
          product_id: input.productId,
          ...entryColumns.write({
            ...input,
            trackId: target.trackId,
            targetKey: target.key,
            outcome: '',
            reflection: '',
            createdAt: stamp,
            updatedAt: stamp
          })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return detail(id)
    },

    async update({ id, patch }: ParsedInput<'practice.entries.update'>): Promise<PracticeEntryDetail> {
      const row = await getEntryRow(db, id)
      if (patch.experiments)
        requireExperiments(requireTarget(row.target_key, 'id'), patch.experiments, 'patch.experiments')
      await db
        .updateTable('practice_entries')
        .set({ ...entryColumns.patch(patch), updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute()
      return detail(id)
    },

    async remove(id: number): Promise<{ deleted: number }> {
      await getEntryRow(db, id)
      // Actions and evidence go with the entry (ON DELETE CASCADE).
      await db.deleteFrom('practice_entries').where('id', '=', id).execute()
      return { deleted: id }
    },

    async addAction({ entryId, on, text }: ParsedInput<'practice.actions.add'>): Promise<PracticeAction> {
      await getEntryRow(db, entryId, 'entryId')
      return inTransaction(db, async (trx) => {
        const at = now()
        const row = await trx
          .insertInto('practice_actions')
          .values({ entry_id: entryId, ...actionColumns.write({ on, text, createdAt: at.toISOString() }) })
          .returningAll()
          .executeTakeFirstOrThrow()
        await touch(trx, entryId, at)
        return toAction(row)
      })
    },

    async removeAction(id: number): Promise<{ deleted: number }> {
      const row = await db.selectFrom('practice_actions').select('entry_id').where('id', '=', id).executeTakeFirst()
      if (!row)
        throw new ApiError('not_found', `There is no logged action ${id}.`, [{ path: 'id', message: 'No such action' }])
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('practice_actions').where('id', '=', id).execute()
        await touch(trx, row.entry_id, now())
      })
      return { deleted: id }
    },

    async addEvidence(input: ParsedInput<'practice.evidence.add'>): Promise<Evidence> {
      const entry = await getEntryRow(db, input.entryId, 'entryId')
      const at = now()
      let values: NewEvidence
      if (input.kind === 'note') {
        values = {
          kind: 'note',
          title: input.title,
          text: input.text,
          ref: null,
          refKey: null,
          snapshot: null,
          ...NO_FILE
        }
      } else if (input.kind === 'file') {
        const data = Buffer.from(input.dataBase64, 'base64')
        // The schema checks the size already; this guards callers that bypass it.
        if (data.byteLength > MAX_EVIDENCE_FILE_BYTES)
          throw new ApiError('invalid_input', fileTooLargeMessage(data.byteLength), [
            { path: 'dataBase64', message: 'File too large' }
          ])
        values = {
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
      } else {
        const taken = await takeSnapshot(deps, entry.product_id, input.kind, {
          ref: input.ref ?? null,
          refKey: input.refKey ?? null
        })
        values = {
          kind: input.kind,
          title: taken.snapshot.title,
          text: input.text,
          ref: taken.ref,
          refKey: taken.refKey,
          snapshot: taken.snapshot,
          ...NO_FILE
        }
      }
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
        await touch(trx, entry.id, at)
        return inserted
      })
      return toEvidence(db, entry.product_id, row)
    },

    async file(id: number) {
      const row = await db
        .selectFrom('practice_evidence')
        .select(['file_name', 'file_type', 'file_size', 'file_data'])
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row)
        throw new ApiError('not_found', `There is no evidence ${id}.`, [{ path: 'id', message: 'No such evidence' }])
      if (row.file_name === null || row.file_data === null)
        throw new ApiError('invalid_input', 'That evidence is not a file.', [{ path: 'id', message: 'Not a file' }])
      return {
        name: row.file_name,
        type: row.file_type ?? 'application/octet-stream',
        sizeBytes: row.file_size ?? row.file_data.byteLength,
        dataBase64: Buffer.from(row.file_data).toString('base64')
      }
    },

    async removeEvidence(id: number): Promise<{ deleted: number }> {
      const row = await db.selectFrom('practice_evidence').select('entry_id').where('id', '=', id).executeTakeFirst()
      if (!row)
        throw new ApiError('not_found', `There is no evidence ${id}.`, [{ path: 'id', message: 'No such evidence' }])
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('practice_evidence').where('id', '=', id).execute()
        await touch(trx, row.entry_id, now())
      })
      return { deleted: id }
    },

    async progress(productId: number): Promise<TrackProgress[]> {
      const entries = await this.list(productId)
      return TRACKS.map((track) => trackProgress(track, entries))
    }
  }
}
