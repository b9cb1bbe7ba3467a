import { z } from 'zod'
import { CanvasContent } from '@shared/api/methods/strategy'
import { CANVAS_KINDS } from '@shared/domain/strategy'
import type { Db } from '../deps'
import { defineSection } from '../transfer/section'

const Id = z.number().int().positive()

const StrategySection = z.object({
  canvases: z.array(
    z.object({
      kind: z.enum(CANVAS_KINDS),
      title: z.string().min(1),
      /** The persona's place in the customers section (1 for its first); personas carry no id there. */
      persona: z.number().int().positive().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      versions: z.array(z.object({ id: Id, number: z.number().int().positive(), reason: z.string(), savedAt: z.string(), content: CanvasContent }))
    }).refine((c) => c.versions.every((v) => v.content.kind === c.kind), { message: 'Every version of a canvas holds blocks of its own kind' })
  )
})

/** Personas in the order the customers section writes and re-creates them. */
async function personaIds(db: Db, productId: number): Promise<number[]> {
  const rows = await db.selectFrom('personas').select('id').where('product_id', '=', productId).orderBy('created_at').orderBy('id').execute()
  return rows.map((r) => r.id)
}

/** Canvases with every version; version ids are registered so evidence links follow them. */
export const strategySection = defineSection({
  name: 'strategy',
  schema: StrategySection,

  async export(db, productId) {
    const personas = await personaIds(db, productId)
    const canvases = await db.selectFrom('strategy_canvases').selectAll().where('product_id', '=', productId).orderBy('created_at').orderBy('id').execute()
    return {
      canvases: await Promise.all(
        canvases.map(async (c) => {
          const versions = await db.selectFrom('canvas_versions').selectAll().where('canvas_id', '=', c.id).orderBy('number').execute()
          return {
            kind: c.kind,
            title: c.title,
            persona: c.persona_id === null ? null : personas.indexOf(c.persona_id) + 1,
            createdAt: c.created_at,
            updatedAt: c.updated_at,
            versions: versions.map((v) => ({ id: v.id, number: v.number, reason: v.reason, savedAt: v.saved_at, content: CanvasContent.parse(JSON.parse(v.content)) }))
          }
        })
      )
    }
  },

  async import(trx, productId, data, ids) {
    const personas = await personaIds(trx, productId)
    for (const c of data.canvases) {
      const { id } = await trx
        .insertInto('strategy_canvases')
        .values({
          product_id: productId,
          kind: c.kind,
          title: c.title,
          // Only a Value Proposition Canvas has a persona; a place past the file's personas is none.
          persona_id: c.kind === 'vpc' && c.persona !== null ? (personas[c.persona - 1] ?? null) : null,
          created_at: c.createdAt,
          updated_at: c.updatedAt
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const v of c.versions) {
        const row = await trx
          .insertInto('canvas_versions')
          .values({ canvas_id: id, number: v.number, reason: v.reason, content: JSON.stringify(v.content), saved_at: v.savedAt })
          .returning('id')
          .executeTakeFirstOrThrow()
        ids.set('canvasVersion', v.id, row.id)
      }
    }
  }
})
