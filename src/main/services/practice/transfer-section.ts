import type { Selectable } from 'kysely'
import { z } from 'zod'
import { IsoInstant } from '@shared/api'
import { IsoDay } from '@shared/api/methods/common'
import { EvidenceSnapshot } from '@shared/api/methods/practice'
import {
  ENTRY_STATUSES,
  EVIDENCE_KINDS,
  TRACK_IDS,
  currentTargetKey,
  isLinkedKind,
  type EvidenceKind
} from '@shared/domain/practice'
import type { Database } from '../../db/schema'
import type { Db } from '../deps'
import { defineSection, type IdMap } from '../transfer/section'
import { actionColumns, entryColumns, evidenceColumns } from './columns'
import { liveRoute } from './snapshots'

/**
 * How a link's `ref` travels in a document without database ids: kinds whose section registers ids
 * go through the IdMap; vision and product definition versions by their number; forecasts, personas,
 * experiments and objectives by their place in their section's export order (which their import keeps).
 */
type RefCodec =
  | { via: 'ids'; kind: string }
  | { via: 'number'; table: 'vision_versions' | 'product_definition_versions' }
  | { via: 'ordinal'; table: OrdinalTable; order: ReadonlyArray<'created_at' | 'id'> }

type OrdinalTable = 'saved_forecasts' | 'personas' | 'ebm_experiments' | 'okr_objectives'

const REF_CODECS: Partial<Record<EvidenceKind, RefCodec>> = {
  item: { via: 'ids', kind: 'item' },
  goal: { via: 'ids', kind: 'productGoal' },
  measure: { via: 'ids', kind: 'measure' },
  sprintReview: { via: 'ids', kind: 'sprintReview' },
  canvas: { via: 'ids', kind: 'canvasVersion' },
  interview: { via: 'ids', kind: 'interview' },
  sprint: { via: 'ids', kind: 'sprint' },
  vision: { via: 'number', table: 'vision_versions' },
  definition: { via: 'number', table: 'product_definition_versions' },
  forecast: { via: 'ordinal', table: 'saved_forecasts', order: ['id'] },
  persona: { via: 'ordinal', table: 'personas', order: ['created_at', 'id'] },
  experiment: { via: 'ordinal', table: 'ebm_experiments', order: ['id'] },
  okr: { via: 'ordinal', table: 'okr_objectives', order: ['created_at', 'id'] }
}

async function orderedIds(
  db: Db,
  table: OrdinalTable,
  order: ReadonlyArray<'created_at' | 'id'>,
  productId: number
): Promise<number[]> {
  let query = db.selectFrom(table).select('id').where('product_id', '=', productId)
  for (const column of order) query = query.orderBy(column)
  return (await query.execute()).map((r) => r.id)
}

async function exportRef(
  db: Db,
  productId: number,
  kind: EvidenceKind,
  ref: number | null,
  refKey: string | null
): Promise<number | null> {
  const codec = REF_CODECS[kind]
  // A link whose thing is gone keeps its snapshot but travels without a pointer.
  if (!codec || ref === null || !isLinkedKind(kind) || (await liveRoute(db, productId, kind, { ref, refKey })) === null)
    return null
  if (codec.via === 'ids') return ref
  if (codec.via === 'number') {
    const row = await db.selectFrom(codec.table).select('number').where('id', '=', ref).executeTakeFirstOrThrow()
    return row.number
  }
  return (await orderedIds(db, codec.table, codec.order, productId)).indexOf(ref) + 1
}

async function importRef(
  trx: Db,
  productId: number,
  kind: EvidenceKind,
  ref: number | null,
  ids: IdMap,
  path: string
): Promise<number | null> {
  const codec = REF_CODECS[kind]
  if (!codec || ref === null) return null
  if (codec.via === 'ids') return ids.get(codec.kind, ref, path)
  if (codec.via === 'number') {
    const row = await trx
      .selectFrom(codec.table)
      .select('id')
      .where('product_id', '=', productId)
      .where('number', '=', ref)
      .executeTakeFirst()
    return row?.id ?? null
  }
  return (await orderedIds(trx, codec.table, codec.order, productId))[ref - 1] ?? null
}

const PracticeSection = z.object({
  entries: z.array(
    z.object({
      trackId: z.enum(TRACK_IDS),
      targetKey: z.string().min(1),
      experiments: z.array(z.string()),
      plan: z.string(),
      outcome: z.string(),
      reflection: z.string(),
      status: z.enum(ENTRY_STATUSES),
      createdAt: z.string(),
      updatedAt: z.string(),
      // Dates the report shows are checked as the API checks them, so a report of imported work reads back.
      actions: z.array(z.object({ on: IsoDay, text: z.string(), createdAt: z.string() })),
      evidence: z.array(
        z.object({
          kind: z.enum(EVIDENCE_KINDS),
          title: z.string(),
          text: z.string(),
          ref: z.number().int().positive().nullable(),
          refKey: z.string().nullable(),
          snapshot: EvidenceSnapshot.nullable(),
          file: z.object({ name: z.string(), type: z.string(), dataBase64: z.string() }).nullable(),
          addedAt: IsoInstant
        })
      )
    })
  )
})

type EvidenceRow = Selectable<Database['practice_evidence']>

/** One piece of evidence as the document holds it: the file's bytes inline, its size implied by them. */
async function exportEvidence(db: Db, productId: number, row: EvidenceRow) {
  const { snapshot, fileName, fileType, fileSize: _implied, fileData, ...fields } = evidenceColumns.read(row)
  return {
    ...fields,
    ref: await exportRef(db, productId, fields.kind, row.ref, fields.refKey),
    snapshot,
    file:
      fileName === null || fileData === null
        ? null
        : {
            name: fileName,
            type: fileType ?? 'application/octet-stream',
            dataBase64: Buffer.from(fileData).toString('base64')
          }
  }
}

/** The practice journal with its actions and evidence; snapshots and attached files travel as they are. */
export const practiceSection = defineSection({
  name: 'practice',
  schema: PracticeSection,

  async export(db, productId) {
    const entries = await db
      .selectFrom('practice_entries')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const out: z.infer<typeof PracticeSection>['entries'] = []
    for (const e of entries) {
      const actions = await db
        .selectFrom('practice_actions')
        .selectAll()
        .where('entry_id', '=', e.id)
        .orderBy('id')
        .execute()
      const evidence = await db
        .selectFrom('practice_evidence')
        .selectAll()
        .where('entry_id', '=', e.id)
        .orderBy('id')
        .execute()
      out.push({
        ...entryColumns.read(e),
        actions: actions.map((a) => actionColumns.read(a)),
        evidence: await Promise.all(evidence.map((v) => exportEvidence(db, productId, v)))
      })
    }
    return { entries: out }
  },

  async import(trx, productId, data, ids) {
    for (const [index, e] of data.entries.entries()) {
      const { id } = await trx
        .insertInto('practice_entries')
        .values({
          product_id: productId,
          // A file from before the CSPO goals were listed one by one names a topic; it lands on that topic's goal.
          ...entryColumns.write({ ...e, targetKey: currentTargetKey(e.targetKey) })
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (e.actions.length > 0) {
        await trx
          .insertInto('practice_actions')
          .values(e.actions.map((a) => ({ entry_id: id, ...actionColumns.write(a) })))
          .execute()
      }
      for (const [j, v] of e.evidence.entries()) {
        const data = v.file === null ? null : Buffer.from(v.file.dataBase64, 'base64')
        await trx
          .insertInto('practice_evidence')
          .values({
            entry_id: id,
            ref: await importRef(trx, productId, v.kind, v.ref, ids, `practice.entries.${index}.evidence.${j}.ref`),
            ...evidenceColumns.write({
              ...v,
              snapshot: v.snapshot,
              fileName: v.file?.name ?? null,
              fileType: v.file?.type ?? null,
              fileSize: data?.byteLength ?? null,
              fileData: data
            })
          })
          .execute()
      }
    }
  }
})
