import { z } from 'zod'
import { IsoDay } from '@shared/api/methods/common'
import { DefinitionContent } from '@shared/api/methods/discovery'
import { ASSUMPTION_RISKS, FEEDBACK_METHODS, SCORE_MAX, SCORE_MIN } from '@shared/domain/discovery'
import { defineSection } from '../transfer/section'
import { assumptionColumns, definitionVersionColumns, interviewColumns, segmentColumns } from './columns'
import { listInterviews } from './interviews'

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
  assumptions: z
    .array(
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
    )
    .refine(
      (list) => {
        const tested = list.flatMap((a) => (a.experimentId === null ? [] : [a.experimentId]))
        return new Set(tested).size === tested.length
      },
      { message: 'One experiment tests one assumption at most' }
    ),
  interviews: z.array(
    z.object({
      // For the practice journal's evidence.
      id: Id,
      heldOn: IsoDay,
      method: z.enum(FEEDBACK_METHODS),
      // Ids in the customers section; the items' in the backlog's, the assumptions' above.
      personaId: Id.nullable(),
      stakeholderId: Id.nullable(),
      person: z.string(),
      learned: z.string().min(1),
      evidence: z.string(),
      evidenceLink: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      itemIds: z.array(Id),
      assumptionIds: z.array(Id)
    })
  ),
  definitionVersions: z.array(
    z.object({
      number: z.number().int().positive(),
      reason: z.string(),
      savedAt: z.string(),
      content: DefinitionContent
    })
  )
})

/** Customer segments with the personas placed in them, the assumption map with the experiments made from it, the interview log and the product definition's versions. */
export const discoverySection = defineSection({
  name: 'discovery',
  schema: DiscoverySection,

  async export(db, productId) {
    const segments = await db
      .selectFrom('customer_segments')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const personas = await db
      .selectFrom('personas')
      .select(['id', 'segment_id'])
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const assumptions = await db
      .selectFrom('assumptions')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const interviews = await listInterviews(db, productId)
    const definitions = await db
      .selectFrom('product_definition_versions')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('number')
      .execute()
    return {
      segments: segments.map((s) => ({
        ...segmentColumns.read(s),
        personaIds: personas.filter((p) => p.segment_id === s.id).map((p) => p.id)
      })),
      assumptions: assumptions.map((a) => ({
        id: a.id,
        ...assumptionColumns.read(a),
        experimentId: a.experiment_id
      })),
      // Oldest first, so a copy numbers them in the same order.
      interviews: [...interviews].reverse().map((i) => ({
        id: i.id,
        heldOn: i.heldOn,
        method: i.method,
        personaId: i.personaId,
        stakeholderId: i.stakeholderId,
        person: i.person,
        learned: i.learned,
        evidence: i.evidence,
        evidenceLink: i.evidenceLink,
        createdAt: i.createdAt,
        updatedAt: i.updatedAt,
        itemIds: i.itemIds,
        assumptionIds: i.assumptionIds
      })),
      definitionVersions: definitions.map((v) => definitionVersionColumns.read(v))
    }
  },

  async import(trx, productId, data, ids) {
    for (const [index, s] of data.segments.entries()) {
      const { id } = await trx
        .insertInto('customer_segments')
        .values({
          product_id: productId,
          ...segmentColumns.write(s)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const personaIds = s.personaIds.map((personaId, i) =>
        ids.get('persona', personaId, `discovery.segments.${index}.personaIds.${i}`)
      )
      if (personaIds.length > 0)
        await trx.updateTable('personas').set({ segment_id: id }).where('id', 'in', personaIds).execute()
    }
    for (const [index, a] of data.assumptions.entries()) {
      const { id } = await trx
        .insertInto('assumptions')
        .values({
          product_id: productId,
          ...assumptionColumns.write(a),
          experiment_id: ids.getNullable('experiment', a.experimentId, `discovery.assumptions.${index}.experimentId`)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('assumption', a.id, id)
    }
    for (const [index, i] of data.interviews.entries()) {
      const path = `discovery.interviews.${index}`
      const { id } = await trx
        .insertInto('interviews')
        .values({
          product_id: productId,
          ...interviewColumns.write(i),
          persona_id: ids.getNullable('persona', i.personaId, `${path}.personaId`),
          stakeholder_id: ids.getNullable('stakeholder', i.stakeholderId, `${path}.stakeholderId`)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('interview', i.id, id)
      const itemIds = new Set(i.itemIds.map((itemId, k) => ids.get('item', itemId, `${path}.itemIds.${k}`)))
      if (itemIds.size > 0)
        await trx
          .insertInto('interview_items')
          .values([...itemIds].map((item_id) => ({ interview_id: id, item_id })))
          .execute()
      const assumptionIds = new Set(
        i.assumptionIds.map((assumptionId, k) => ids.get('assumption', assumptionId, `${path}.assumptionIds.${k}`))
      )
      if (assumptionIds.size > 0) {
        await trx
          .insertInto('interview_assumptions')
          .values([...assumptionIds].map((assumption_id) => ({ interview_id: id, assumption_id })))
          .execute()
      }
    }
    for (const v of data.definitionVersions) {
      await trx
        .insertInto('product_definition_versions')
        .values({ product_id: productId, ...definitionVersionColumns.write(v) })
        .execute()
    }
  }
})
