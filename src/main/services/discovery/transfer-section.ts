import { z } from 'zod'
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
  )
})

/** Customer segments with the personas placed in them. */
export const discoverySection = defineSection({
  name: 'discovery',
  schema: DiscoverySection,

  async export(db, productId) {
    const segments = await db.selectFrom('customer_segments').selectAll().where('product_id', '=', productId).orderBy('created_at').orderBy('id').execute()
    const personas = await db.selectFrom('personas').select(['id', 'segment_id']).where('product_id', '=', productId).orderBy('id').execute()
    return {
      segments: segments.map((s) => ({
        name: s.name,
        description: s.description,
        needs: s.needs,
        size: s.size,
        createdAt: s.created_at,
        updatedAt: s.updated_at,
        personaIds: personas.filter((p) => p.segment_id === s.id).map((p) => p.id)
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
  }
})
