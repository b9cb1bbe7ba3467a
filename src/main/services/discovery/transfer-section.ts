import { z } from 'zod'
import { ASSUMPTION_RISKS, SCORE_MAX, SCORE_MIN } from '@shared/domain/discovery'
import { defineSection } from '../transfer/section'

const Id = z.number().int().positive()

const DiscoverySection = z.object({
  segments: z.array(
    z.object({
      name: z.string().min(1),
      description: z.string(),
      needs: z.string(),
      size: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      // Personas by their id in the customers section.
      personaIds: z.array(Id)
    })
  ),
  assumptions: z.array(
    z.object({
      id: Id,
      statement: z.string().min(1),
      risk: z.enum(ASSUMPTION_RISKS),
      importance: z.number().int().min(SCORE_MIN).max(SCORE_MAX),
      evidence: z.number().int().min(SCORE_MIN).max(SCORE_MAX),
      notes: z.string(),
      // The experiment's id in the EBM section.
      experimentId: Id.nullable(),
      createdAt: z.string(),
      updatedAt: z.string()
    })
  ).refine((list) => {
    const tested = list.flatMap((a) => (a.experimentId === null ? [] : [a.experimentId]))
    return new Set(tested).size === tested.length
  }, { message: 'One experiment tests one assumption at most' })
})

/** Customer segments with the personas placed in them, and the assumption map with the experiments made from it. */
export const discoverySection = defineSection({
  name: 'discovery',
  schema: DiscoverySection,

  async export(db, productId) {
    const segments = await db.selectFrom('customer_segments').selectAll().where('product_id', '=', productId).orderBy('created_at').orderBy('id').execute()
    const personas = await db.selectFrom('personas').select(['id', 'segment_id']).where('product_id', '=', productId).orderBy('id').execute()
    const assumptions = await db.selectFrom('assumptions').selectAll().where('product_id', '=', productId).orderBy('id').execute()
    return {
      segments: segments.map((s) => ({
        name: s.name,
        description: s.description,
        needs: s.needs,
        size: s.size,
        createdAt: s.created_at,
        updatedAt: s.updated_at,
        personaIds: personas.filter((p) => p.segment_id === s.id).map((p) => p.id)
      })),
      assumptions: assumptions.map((a) => ({
        id: a.id,
        statement: a.statement,
        risk: a.risk,
        importance: a.importance,
        evidence: a.evidence,
        notes: a.notes,
        experimentId: a.experiment_id,
        createdAt: a.created_at,
        updatedAt: a.updated_at
      }))
    }
  },

  async import(trx, productId, data, ids) {
    for (const [index, s] of data.segments.entries()) {
      const { id } = await trx
        .insertInto('customer_segments')
        .values({
          product_id: productId,
          name: s.name,
          description: s.description,
          needs: s.needs,
          size: s.size,
          created_at: s.createdAt,
          updated_at: s.updatedAt
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const personaIds = s.personaIds.map((personaId, i) => ids.get('persona', personaId, `discovery.segments.${index}.personaIds.${i}`))
      if (personaIds.length > 0) await trx.updateTable('personas').set({ segment_id: id }).where('id', 'in', personaIds).execute()
    }
    for (const [index, a] of data.assumptions.entries()) {
      const { id } = await trx
        .insertInto('assumptions')
        .values({
          product_id: productId,
          statement: a.statement,
          risk: a.risk,
          importance: a.importance,
          evidence: a.evidence,
          notes: a.notes,
          experiment_id: ids.getNullable('experiment', a.experimentId, `discovery.assumptions.${index}.experimentId`),
          created_at: a.createdAt,
          updated_at: a.updatedAt
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('assumption', a.id, id)
    }
  }
})
