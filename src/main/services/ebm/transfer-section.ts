import { z } from 'zod'
import {
  AUTOMATIC_SOURCES,
  DIRECTIONS,
  EXPERIMENT_DECISIONS,
  EXPERIMENT_STATUSES,
  GOAL_LEVELS,
  INDICATORS,
  KEY_VALUE_AREAS,
  MEASURE_CATEGORIES
} from '@shared/domain/ebm'
import { isIsoDay } from '@shared/domain/flow/dates'
import { defineSection } from '../transfer/section'
import { experimentColumns, goalColumns, goalTargetColumns, measureColumns, measureValueColumns } from './columns'

const Id = z.number().int().positive()
const Day = z.string().refine(isIsoDay, { message: 'Write the date as YYYY-MM-DD' })

const EbmSection = z
  .object({
    measures: z.array(
      z.object({
        id: Id,
        area: z.enum(KEY_VALUE_AREAS),
        name: z.string().min(1),
        description: z.string(),
        unit: z.string(),
        direction: z.enum(DIRECTIONS),
        indicator: z.enum(INDICATORS),
        category: z.enum(MEASURE_CATEGORIES),
        howMeasured: z.string(),
        catalogueKey: z.string().nullable(),
        automaticSource: z.enum(AUTOMATIC_SOURCES).nullable(),
        targetValue: z.number().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        /** Recorded values only; automatic measures are recomputed from the backlog. */
        values: z.array(z.object({ date: Day, value: z.number(), note: z.string() }))
      })
    ),
    /** Parents before children, so each parent id is known when its sub-goals arrive. */
    goals: z.array(
      z.object({
        id: Id,
        level: z.enum(GOAL_LEVELS),
        parentId: Id.nullable(),
        title: z.string().min(1),
        description: z.string(),
        targetDate: Day.nullable(),
        currentState: z.string(),
        currentStateDate: Day.nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        targets: z.array(z.object({ measureId: Id, baseline: z.number(), target: z.number() }))
      })
    ),
    experiments: z.array(
      z.object({
        // For other sections' references (Discovery's assumptions); files written before them have none.
        id: Id.optional(),
        goalId: Id.nullable(),
        title: z.string().min(1),
        change: z.string(),
        outcome: z.string(),
        measureId: Id,
        expectedValue: z.number(),
        byDate: Day,
        status: z.enum(EXPERIMENT_STATUSES),
        decision: z.enum(EXPERIMENT_DECISIONS).nullable(),
        decisionNotes: z.string(),
        decidedAt: z.string().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        itemIds: z.array(Id)
      })
    )
  })
  .superRefine((data, ctx) => {
    // What the database would refuse, named where it is rather than as a storage error.
    const names = new Map<string, number>()
    data.measures.forEach((m, i) => {
      const key = m.name.trim().toLocaleLowerCase()
      if (names.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'name'],
          message: `Measure ${names.get(key)} has the same name`
        })
      names.set(key, i)
      if (m.automaticSource !== null && m.values.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'values'],
          message: 'A measure the app computes carries no recorded values'
        })
      }
      const days = new Set<string>()
      m.values.forEach((v, j) => {
        if (days.has(v.date))
          ctx.addIssue({
            code: 'custom',
            path: ['measures', i, 'values', j, 'date'],
            message: `A second value on ${v.date}`
          })
        days.add(v.date)
      })
    })
  })

/** Measures with their recorded values, the goal tree with targets, and experiments with their decisions. */
export const ebmSection = defineSection({
  name: 'ebm',
  schema: EbmSection,

  async export(db, productId) {
    const measures = await db
      .selectFrom('ebm_measures')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const values = await db
      .selectFrom('ebm_measure_values as v')
      .innerJoin('ebm_measures as m', 'm.id', 'v.measure_id')
      .select(['v.measure_id', 'v.date', 'v.value', 'v.note'])
      .where('m.product_id', '=', productId)
      .orderBy('v.measure_id')
      .orderBy('v.date')
      .execute()
    const goals = await db
      .selectFrom('ebm_goals')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const targets = await db
      .selectFrom('ebm_goal_targets as t')
      .innerJoin('ebm_goals as g', 'g.id', 't.goal_id')
      .selectAll('t')
      .where('g.product_id', '=', productId)
      .orderBy('t.goal_id')
      .orderBy('t.position')
      .execute()
    const experiments = await db
      .selectFrom('ebm_experiments')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    // Links to deleted items are not exported: the backlog section leaves those items out.
    const links = await db
      .selectFrom('ebm_experiment_items as l')
      .innerJoin('backlog_items as i', 'i.id', 'l.item_id')
      .select(['l.experiment_id', 'l.item_id'])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('l.experiment_id')
      .orderBy('l.item_id')
      .execute()

    const levelOrder = (level: (typeof GOAL_LEVELS)[number]) => GOAL_LEVELS.indexOf(level)
    return {
      measures: measures.map((m) => ({
        id: m.id,
        ...measureColumns.read(m),
        values: values.filter((v) => v.measure_id === m.id).map((v) => measureValueColumns.read(v))
      })),
      goals: [...goals]
        .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.id - b.id)
        .map((g) => ({
          id: g.id,
          parentId: g.parent_id,
          ...goalColumns.read(g),
          // The file keeps targets in their order rather than by position.
          targets: targets
            .filter((t) => t.goal_id === g.id)
            .map((t) => {
              const { position: _position, ...values } = goalTargetColumns.read(t)
              return { measureId: t.measure_id, ...values }
            })
        })),
      experiments: experiments.map((e) => ({
        id: e.id,
        goalId: e.goal_id,
        measureId: e.measure_id,
        ...experimentColumns.read(e),
        itemIds: links.filter((l) => l.experiment_id === e.id).map((l) => l.item_id)
      }))
    }
  },

  async import(trx, productId, data, ids) {
    for (const m of data.measures) {
      const { id } = await trx
        .insertInto('ebm_measures')
        .values({ product_id: productId, ...measureColumns.write(m) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('measure', m.id, id)
      if (m.values.length > 0) {
        await trx
          .insertInto('ebm_measure_values')
          .values(m.values.map((v) => ({ measure_id: id, ...measureValueColumns.write(v) })))
          .execute()
      }
    }
    for (const [index, g] of data.goals.entries()) {
      const path = `ebm.goals.${index}`
      const { id } = await trx
        .insertInto('ebm_goals')
        .values({
          product_id: productId,
          parent_id: ids.getNullable('goal', g.parentId, `${path}.parentId`),
          ...goalColumns.write(g)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('goal', g.id, id)
      for (const [position, t] of g.targets.entries()) {
        await trx
          .insertInto('ebm_goal_targets')
          .values({
            goal_id: id,
            measure_id: ids.get('measure', t.measureId, `${path}.targets.${position}.measureId`),
            ...goalTargetColumns.write({ ...t, position })
          })
          .execute()
      }
    }
    for (const [index, e] of data.experiments.entries()) {
      const path = `ebm.experiments.${index}`
      const { id } = await trx
        .insertInto('ebm_experiments')
        .values({
          product_id: productId,
          goal_id: ids.getNullable('goal', e.goalId, `${path}.goalId`),
          measure_id: ids.get('measure', e.measureId, `${path}.measureId`),
          ...experimentColumns.write(e)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (e.id !== undefined) ids.set('experiment', e.id, id)
      const itemIds = new Set(e.itemIds.map((itemId, i) => ids.get('item', itemId, `${path}.itemIds.${i}`)))
      if (itemIds.size > 0)
        await trx
          .insertInto('ebm_experiment_items')
          .values([...itemIds].map((item_id) => ({ experiment_id: id, item_id })))
          .execute()
    }
  }
})
