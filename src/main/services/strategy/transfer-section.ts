import { z } from 'zod'
import { ApiError } from '@shared/api'
import { CanvasContent } from '@shared/api/methods/strategy'
import {
  CANVAS_KINDS,
  COST_CATEGORIES,
  COST_PERIODS,
  RATING_MAX,
  RATING_MIN,
  SCORE_MAX,
  SCORE_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN
} from '@shared/domain/strategy'
import type { Db } from '../deps'
import { defineSection } from '../transfer/section'
import {
  canvasColumns,
  competitorColumns,
  costColumns,
  criterionColumns,
  influenceColumns,
  scoreColumns,
  unplaced
} from './columns'
import { competitorRows, criterionRows, scoreRows } from './competitors'
import { canvasVersionColumns } from '../vision/columns'
import { costRows } from './costs'
import { influenceRows } from './influences'

const Id = z.number().int().positive()
const Score = z.number().int().min(SCORE_MIN).max(SCORE_MAX)
const Rating = z.number().int().min(RATING_MIN).max(RATING_MAX)
/** Names head the rows and columns of one table, so the database keeps them unique whatever their case. */
const uniqueNames = (list: ReadonlyArray<{ name: string }>) =>
  new Set(list.map((x) => x.name.toLowerCase())).size === list.length

const StrategySection = z.object({
  canvases: z.array(
    z
      .object({
        kind: z.enum(CANVAS_KINDS),
        title: z.string().min(1),
        /** The persona's place in the customers section (1 for its first); personas carry no id there. */
        persona: z.number().int().positive().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        versions: z.array(
          z.object({
            id: Id,
            number: z.number().int().positive(),
            reason: z.string(),
            savedAt: z.string(),
            content: CanvasContent
          })
        )
      })
      .refine((c) => c.versions.every((v) => v.content.kind === c.kind), {
        message: 'Every version of a canvas holds blocks of its own kind'
      })
  ),
  // Criteria and competitors in their list order; a score names its criterion by its place in `criteria` (0 for the first).
  criteria: z
    .array(
      z.object({
        name: z.string().min(1),
        weight: z.number().int().min(WEIGHT_MIN).max(WEIGHT_MAX),
        ownScore: Score.nullable(),
        createdAt: z.string()
      })
    )
    .refine(uniqueNames, { message: 'Each criterion has a name of its own' }),
  competitors: z
    .array(
      z.object({
        name: z.string().min(1),
        offer: z.string(),
        strengths: z.string(),
        weaknesses: z.string(),
        positioning: z.string(),
        createdAt: z.string(),
        updatedAt: z.string(),
        scores: z.array(z.object({ criterion: z.number().int().nonnegative(), score: Score }))
      })
    )
    .refine(uniqueNames, { message: 'Each competitor has a name of its own' }),
  costs: z.array(
    z.object({
      category: z.enum(COST_CATEGORIES),
      name: z.string().min(1),
      amount: z.number().finite().nonnegative(),
      period: z.enum(COST_PERIODS),
      note: z.string(),
      createdAt: z.string(),
      updatedAt: z.string()
    })
  ),
  // Files written before influences existed have none.
  influences: z
    .array(
      z.object({
        name: z.string().min(1),
        note: z.string(),
        predictability: Rating,
        control: Rating,
        createdAt: z.string(),
        updatedAt: z.string()
      })
    )
    .refine(uniqueNames, { message: 'Each influence has a name of its own' })
    .default([])
})

/** Personas in the order the customers section writes and re-creates them. */
async function personaIds(db: Db, productId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('personas')
    .select('id')
    .where('product_id', '=', productId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Canvases with every version (their ids registered so evidence links follow them), competitors
 * with the criteria and scores of the comparison, the cost items and the influences.
 */
export const strategySection = defineSection({
  name: 'strategy',
  schema: StrategySection,

  async export(db, productId) {
    const personas = await personaIds(db, productId)
    const canvases = await db
      .selectFrom('strategy_canvases')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const versions =
      canvases.length === 0
        ? []
        : await db
            .selectFrom('canvas_versions')
            .selectAll()
            .where(
              'canvas_id',
              'in',
              canvases.map((c) => c.id)
            )
            .orderBy('number')
            .execute()
    return {
      canvases: canvases.map((c) => ({
        ...canvasColumns.read(c),
        persona: c.persona_id === null ? null : personas.indexOf(c.persona_id) + 1,
        versions: versions
          .filter((v) => v.canvas_id === c.id)
          .map((v) => ({ id: v.id, ...canvasVersionColumns.read(v) }))
      })),
      ...(await exportListed(db, productId))
    }
  },

  async import(trx, productId, data, ids) {
    const personas = await personaIds(trx, productId)
    for (const c of data.canvases) {
      const { id } = await trx
        .insertInto('strategy_canvases')
        .values({
          product_id: productId,
          // Only a Value Proposition Canvas has a persona; a place past the file's personas is none.
          persona_id: c.kind === 'vpc' && c.persona !== null ? (personas[c.persona - 1] ?? null) : null,
          ...canvasColumns.write(c)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const v of c.versions) {
        const row = await trx
          .insertInto('canvas_versions')
          .values({ canvas_id: id, ...canvasVersionColumns.write(v) })
          .returning('id')
          .executeTakeFirstOrThrow()
        ids.set('canvasVersion', v.id, row.id)
      }
    }
    await importListed(trx, productId, data)
  }
})

type Section = z.infer<typeof StrategySection>

/** The rows kept in list order by position: criteria, competitors with their scores, costs, influences. */
async function exportListed(
  db: Db,
  productId: number
): Promise<Pick<Section, 'criteria' | 'competitors' | 'costs' | 'influences'>> {
  const criteria = await criterionRows(db, productId)
  const place = new Map(criteria.map((c, index) => [c.id, index]))
  const competitors = await competitorRows(db, productId)
  const scores = await scoreRows(db, competitors)
  const costs = await costRows(db, productId)
  const influences = await influenceRows(db, productId)
  return {
    criteria: criteria.map((c) => unplaced(criterionColumns.read(c))),
    competitors: competitors.map((c) => ({
      ...unplaced(competitorColumns.read(c)),
      scores: scores
        .filter((s) => s.competitor_id === c.id)
        .map((s) => ({ criterion: place.get(s.criterion_id)!, ...scoreColumns.read(s) }))
        .sort((a, b) => a.criterion - b.criterion)
    })),
    costs: costs.map((c) => unplaced(costColumns.read(c))),
    influences: influences.map((f) => unplaced(influenceColumns.read(f)))
  }
}

async function importListed(trx: Db, productId: number, data: Section): Promise<void> {
  const criterionIds: number[] = []
  for (const [position, c] of data.criteria.entries()) {
    const { id } = await trx
      .insertInto('competitor_criteria')
      .values({ product_id: productId, ...criterionColumns.write({ ...c, position }) })
      .returning('id')
      .executeTakeFirstOrThrow()
    criterionIds.push(id)
  }
  for (const [position, c] of data.competitors.entries()) {
    const { id } = await trx
      .insertInto('competitors')
      .values({ product_id: productId, ...competitorColumns.write({ ...c, position }) })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const [j, s] of c.scores.entries()) {
      const criterion = criterionIds[s.criterion]
      if (criterion === undefined) {
        throw new ApiError(
          'invalid_input',
          `The file scores a criterion it does not contain at strategy.competitors.${position}.scores.${j}.`,
          [
            {
              path: `document.sections.strategy.competitors.${position}.scores.${j}.criterion`,
              message: 'No such criterion in this file'
            }
          ]
        )
      }
      await trx
        .insertInto('competitor_scores')
        .values({ competitor_id: id, criterion_id: criterion, ...scoreColumns.write(s) })
        .execute()
    }
  }
  for (const [position, c] of data.costs.entries()) {
    await trx
      .insertInto('cost_items')
      .values({ product_id: productId, ...costColumns.write({ ...c, position }) })
      .execute()
  }
  for (const [position, f] of data.influences.entries()) {
    await trx
      .insertInto('influences')
      .values({ product_id: productId, ...influenceColumns.write({ ...f, position }) })
      .execute()
  }
}
