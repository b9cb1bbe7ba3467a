import { ApiError, type ParsedInput } from '@shared/api'
import {
  CanvasContent,
  type Canvas,
  type CanvasComparison,
  type CanvasState,
  type CanvasVersion,
  type CanvasVersionSummary
} from '@shared/api/methods/strategy'
import {
  CANVAS_KIND_LABELS,
  changedCanvasBlocks,
  compareCanvasContent,
  emptyCanvasContent,
  type CanvasKind
} from '@shared/domain/strategy'
import { inTransaction, type Db } from '../deps'
import { chainVersions, nextVersion, type Chained, type StoredVersion, type Versioning } from '../versioned'

interface VersionRow extends StoredVersion {
  canvas_id: number
}

const CANVAS: Versioning<CanvasContent> = {
  parse: (json) => CanvasContent.parse(JSON.parse(json)),
  changed: changedCanvasBlocks
}

const toVersion = ({ row, content, changedFields }: Chained<VersionRow, CanvasContent>): CanvasVersion => ({
  id: row.id,
  canvasId: row.canvas_id,
  number: row.number,
  reason: row.reason,
  savedAt: row.saved_at,
  changedFields,
  content
})

const summary = ({ content: _content, ...rest }: CanvasVersion): CanvasVersionSummary => rest

/** Every version of a canvas, oldest first, each compared with the one before. */
async function loadVersions(db: Db, canvasId: number): Promise<CanvasVersion[]> {
  const rows = await db
    .selectFrom('canvas_versions')
    .selectAll()
    .where('canvas_id', '=', canvasId)
    .orderBy('number')
    .execute()
  return chainVersions(rows, CANVAS).map(toVersion)
}

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

async function toCanvas(db: Db, row: CanvasRow): Promise<Canvas> {
  const versions = await loadVersions(db, row.id)
  const latest = versions.at(-1)
  return {
    id: row.id,
    productId: row.product_id,
    kind: row.kind,
    title: row.title,
    personaId: row.persona_id,
    personaName: row.persona_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    latest: latest ? summary(latest) : null,
    versionCount: versions.length
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
  return Promise.all(rows.map((row) => toCanvas(db, row)))
}

export const getCanvas = async (db: Db, id: number): Promise<Canvas> => toCanvas(db, await canvasRow(db, id))

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
    .values({ product_id: productId, kind, title, persona_id: personaId, created_at: stamp, updated_at: stamp })
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
      ...(title === undefined ? {} : { title }),
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
  const latest = (await loadVersions(db, id)).at(-1)
  return { canvas, content: latest?.content ?? emptyCanvasContent(canvas.kind) }
}

export async function listCanvasVersions(db: Db, canvasId: number): Promise<CanvasVersionSummary[]> {
  await canvasRow(db, canvasId, 'canvasId')
  return (await loadVersions(db, canvasId)).map(summary).reverse()
}

async function versionById(db: Db, id: number, path: string): Promise<CanvasVersion> {
  const row = await db.selectFrom('canvas_versions').select('canvas_id').where('id', '=', id).executeTakeFirst()
  const found = row && (await loadVersions(db, row.canvas_id)).find((version) => version.id === id)
  if (!found)
    throw new ApiError('not_found', `There is no canvas version with id ${id}.`, [
      { path, message: `No canvas version ${id}` }
    ])
  return found
}

export const getCanvasVersion = (db: Db, id: number): Promise<CanvasVersion> => versionById(db, id, 'id')

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
    const latest = await trx
      .selectFrom('canvas_versions')
      .selectAll()
      .where('canvas_id', '=', canvasId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst()
    const { number, changedFields } = nextVersion(latest, content, CANVAS, `the ${CANVAS_KIND_LABELS[canvas.kind]}`)
    const stamp = now.toISOString()
    const row = await trx
      .insertInto('canvas_versions')
      .values({ canvas_id: canvasId, number, reason, content: JSON.stringify(content), saved_at: stamp })
      .returningAll()
      .executeTakeFirstOrThrow()
    await trx.updateTable('strategy_canvases').set({ updated_at: stamp }).where('id', '=', canvasId).execute()
    return toVersion({ row, content, changedFields })
  })
}

export async function compareCanvasVersions(
  db: Db,
  fromVersionId: number,
  toVersionId: number
): Promise<CanvasComparison> {
  const from = await versionById(db, fromVersionId, 'fromVersionId')
  const to = await versionById(db, toVersionId, 'toVersionId')
  if (from.canvasId !== to.canvasId) {
    throw new ApiError('invalid_input', 'Compare two versions of the same canvas.', [
      { path: 'toVersionId', message: 'This version belongs to another canvas' }
    ])
  }
  return { from: summary(from), to: summary(to), fields: compareCanvasContent(from.content, to.content) }
}
