import { ApiError, type ParsedInput } from '@shared/api'
import type {
  CanvasContent,
  Canvas,
  CanvasComparison,
  CanvasState,
  CanvasVersion,
  CanvasVersionSummary
} from '@shared/api/methods/strategy'
import {
  CANVAS_KIND_LABELS,
  changedCanvasBlocks,
  compareCanvasContent,
  emptyCanvasContent,
  type CanvasKind
} from '@shared/domain/strategy'
import { inTransaction, type Db } from '../deps'
import { canvasVersionColumns } from '../vision/columns'
import { versionStore } from '../vision/version-store'
import { canvasColumns } from './columns'

const store = versionStore({
  columns: canvasVersionColumns,
  name: 'canvas',
  nameOf: (content: CanvasContent) => CANVAS_KIND_LABELS[content.kind],
  changedFields: changedCanvasBlocks,
  compareContent: compareCanvasContent
})

const notFound = (id: number, path = 'id') =>
  new ApiError('not_found', `There is no canvas with id ${id}.`, [{ path, message: `No canvas ${id}` }])

function canvasQuery(db: Db) {
  return db
    .selectFrom('strategy_canvases as c')
    .leftJoin('personas as p', 'p.id', 'c.persona_id')
    .select([
      'c.id',
      'c.product_id',
      'c.kind',
      'c.title',
      'c.persona_id',
      'p.name as persona_name',
      'c.created_at',
      'c.updated_at'
    ])
}

type CanvasRow = Awaited<ReturnType<ReturnType<typeof canvasQuery>['executeTakeFirstOrThrow']>>

type Latest = Awaited<ReturnType<typeof store.latest>>

function toCanvas(row: CanvasRow, { count, latest }: Latest): Canvas {
  return {
    id: row.id,
    productId: row.product_id,
    personaId: row.persona_id,
    personaName: row.persona_name,
    ...canvasColumns.read(row),
    latest,
    versionCount: count
  }
}

async function canvasRow(db: Db, id: number, path = 'id'): Promise<CanvasRow> {
  const row = await canvasQuery(db).where('c.id', '=', id).executeTakeFirst()
  if (!row) throw notFound(id, path)
  return row
}

export async function listCanvases(db: Db, productId: number, kind?: CanvasKind): Promise<Canvas[]> {
  let query = canvasQuery(db).where('c.product_id', '=', productId)
  if (kind) query = query.where('c.kind', '=', kind)
  const rows = await query.orderBy('c.created_at').orderBy('c.id').execute()
  const latest = await store.latestMany(
    db,
    rows.map((row) => row.id)
  )
  return rows.map((row) => toCanvas(row, latest.get(row.id)!))
}

export async function getCanvas(db: Db, id: number): Promise<Canvas> {
  const row = await canvasRow(db, id)
  return toCanvas(row, await store.latest(db, id))
}

/** Only a Value Proposition Canvas is written for a persona, and only one of its own product. */
async function checkPersona(db: Db, productId: number, kind: CanvasKind, personaId: number | null): Promise<void> {
  if (personaId === null) return
  if (kind !== 'vpc') {
    throw new ApiError(
      'invalid_input',
      `A ${CANVAS_KIND_LABELS[kind]} is not written for one persona; tie a Value Proposition Canvas to a persona instead.`,
      [{ path: 'personaId', message: 'Only a Value Proposition Canvas has a persona' }]
    )
  }
  const persona = await db.selectFrom('personas').select('product_id').where('id', '=', personaId).executeTakeFirst()
  if (persona?.product_id !== productId) {
    throw new ApiError('not_found', `There is no persona with id ${personaId} in this product.`, [
      { path: 'personaId', message: 'No such persona in this product' }
    ])
  }
}

export async function createCanvas(
  db: Db,
  { productId, kind, title, personaId }: ParsedInput<'strategy.canvases.create'>,
  now: Date
): Promise<Canvas> {
  await checkPersona(db, productId, kind, personaId)
  const stamp = now.toISOString()
  const { id } = await db
    .insertInto('strategy_canvases')
    .values({
      product_id: productId,
      persona_id: personaId,
      ...canvasColumns.write({ kind, title, createdAt: stamp, updatedAt: stamp })
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getCanvas(db, id)
}

export async function updateCanvas(
  db: Db,
  { id, title, personaId }: ParsedInput<'strategy.canvases.update'>,
  now: Date
): Promise<Canvas> {
  const row = await canvasRow(db, id)
  if (personaId !== undefined) await checkPersona(db, row.product_id, row.kind, personaId)
  await db
    .updateTable('strategy_canvases')
    .set({
      ...canvasColumns.patch({ title }),
      ...(personaId === undefined ? {} : { persona_id: personaId }),
      updated_at: now.toISOString()
    })
    .where('id', '=', id)
    .execute()
  return getCanvas(db, id)
}

export async function deleteCanvas(db: Db, id: number): Promise<{ deleted: number }> {
  await canvasRow(db, id)
  await db.deleteFrom('strategy_canvases').where('id', '=', id).execute()
  return { deleted: id }
}

export async function canvasState(db: Db, id: number): Promise<CanvasState> {
  const canvas = await getCanvas(db, id)
  const { content } = await store.get(db, id, emptyCanvasContent(canvas.kind))
  return { canvas, content }
}

export async function listCanvasVersions(db: Db, canvasId: number): Promise<CanvasVersionSummary[]> {
  await canvasRow(db, canvasId, 'canvasId')
  return store.list(db, canvasId)
}

export const getCanvasVersion = (db: Db, id: number): Promise<CanvasVersion> => store.version(db, id)

export async function saveCanvas(
  db: Db,
  { canvasId, content, reason }: ParsedInput<'strategy.canvases.save'>,
  now: Date
): Promise<CanvasVersion> {
  return inTransaction(db, async (trx) => {
    const canvas = await canvasRow(trx, canvasId, 'canvasId')
    if (content.kind !== canvas.kind) {
      throw new ApiError('invalid_input', `This canvas is a ${CANVAS_KIND_LABELS[canvas.kind]}; save its own blocks.`, [
        { path: 'content.kind', message: `Expected "${canvas.kind}"` }
      ])
    }
    const version = await store.save(trx, canvasId, content, reason, now)
    await trx
      .updateTable('strategy_canvases')
      .set({ updated_at: now.toISOString() })
      .where('id', '=', canvasId)
      .execute()
    return version
  })
}

export const compareCanvasVersions = (db: Db, fromVersionId: number, toVersionId: number): Promise<CanvasComparison> =>
  store.compare(db, fromVersionId, toVersionId)
