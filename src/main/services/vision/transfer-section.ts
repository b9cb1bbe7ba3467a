import { z } from 'zod'
import { RoadmapBoard } from '@shared/api/methods/roadmap'
import { VisionContent } from '@shared/api/methods/vision'
import { GOAL_STATUSES, ROADMAP_COLUMNS, SPRINT_OUTCOMES } from '@shared/domain/vision'
import { linkedItemIds } from '../backlog/item-references'
import { defineSection } from '../transfer/section'
import {
  goalColumns,
  keyResultColumns,
  objectiveColumns,
  placementColumns,
  roadmapRowColumns,
  sprintColumns,
  visionVersionColumns
} from './columns'

const Id = z.number().int().positive()
const ItemIds = z.array(Id)

const VisionSection = z.object({
  versions: z.array(
    z.object({ number: z.number().int().positive(), reason: z.string(), savedAt: z.string(), content: VisionContent })
  ),
  goals: z
    .array(
      z.object({
        id: Id,
        title: z.string().min(1),
        description: z.string(),
        measure: z.string(),
        baseline: z.string(),
        target: z.string(),
        targetDate: z.string().nullable(),
        status: z.enum(GOAL_STATUSES),
        endReason: z.string().nullable(),
        activatedAt: z.string().nullable(),
        endedAt: z.string().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        itemIds: ItemIds
      })
    )
    .refine((goals) => goals.filter((goal) => goal.status === 'active').length <= 1, {
      message: 'At most one Product Goal can be active'
    })
    .refine(
      (goals) =>
        new Set(goals.flatMap((goal) => goal.itemIds)).size === goals.reduce((n, goal) => n + goal.itemIds.length, 0),
      {
        message: 'An item serves one Product Goal at most'
      }
    ),
  sprints: z.array(
    z.object({
      // For other sections' references (Sprint Reviews); files written before they existed have none.
      id: Id.optional(),
      name: z.string().min(1),
      startDate: z.string(),
      endDate: z.string(),
      goal: z.string(),
      productGoalId: Id.nullable(),
      // Files written before teams: no team.
      teamId: Id.nullable().default(null),
      outcome: z.enum(SPRINT_OUTCOMES).nullable(),
      reviewNotes: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      itemIds: ItemIds
    })
  ),
  objectives: z.array(
    z.object({
      title: z.string().min(1),
      goalId: Id.nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      keyResults: z.array(
        z.object({
          title: z.string().min(1),
          baseline: z.number(),
          target: z.number(),
          current: z.number(),
          unit: z.string()
        })
      )
    })
  ),
  board: RoadmapBoard,
  rows: z.array(
    z.object({
      timeframe: z.string(),
      name: z.string(),
      goal: z.string(),
      features: z.array(z.string()),
      metrics: z.string(),
      productGoalId: Id.nullable()
    })
  )
})

/** The vision's versions, Product Goals with their items, Sprints, OKRs and both roadmaps. */
export const visionSection = defineSection({
  name: 'vision',
  schema: VisionSection,

  async export(db, productId) {
    const versions = await db
      .selectFrom('vision_versions')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('number')
      .execute()
    const goals = await db
      .selectFrom('product_goals')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('id')
      .execute()
    const goalItems = await linkedItemIds(db, 'goal', productId)
    const sprints = await db
      .selectFrom('sprints')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('start_date')
      .orderBy('id')
      .execute()
    const sprintItems = await linkedItemIds(db, 'sprint', productId)
    const objectives = await db
      .selectFrom('okr_objectives')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const keyResults = await db
      .selectFrom('okr_key_results as k')
      .innerJoin('okr_objectives as o', 'o.id', 'k.objective_id')
      .selectAll('k')
      .where('o.product_id', '=', productId)
      .orderBy('k.position')
      .execute()
    const placements = await db
      .selectFrom('roadmap_placements')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('position')
      .execute()
    const rows = await db
      .selectFrom('roadmap_rows')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('position')
      .orderBy('id')
      .execute()
    return {
      versions: versions.map((v) => visionVersionColumns.read(v)),
      goals: goals.map((g) => ({ id: g.id, ...goalColumns.read(g), itemIds: goalItems.get(g.id) ?? [] })),
      sprints: sprints.map((s) => ({
        id: s.id,
        ...sprintColumns.read(s),
        productGoalId: s.product_goal_id,
        teamId: s.team_id,
        itemIds: sprintItems.get(s.id) ?? []
      })),
      objectives: objectives.map((o) => ({
        ...objectiveColumns.read(o),
        goalId: o.goal_id,
        // The file keeps key results in order without their position.
        keyResults: keyResults
          .filter((k) => k.objective_id === o.id)
          .map((k) => {
            const { position: _position, ...fields } = keyResultColumns.read(k)
            return fields
          })
      })),
      board: Object.fromEntries(
        ROADMAP_COLUMNS.map((column) => [column, placements.filter((p) => p.horizon === column).map((p) => p.goal_id)])
      ) as RoadmapBoard,
      rows: rows.map((r) => {
        const { position: _position, ...fields } = roadmapRowColumns.read(r)
        return { ...fields, productGoalId: r.product_goal_id }
      })
    }
  },

  async import(trx, productId, data, ids) {
    for (const v of data.versions) {
      await trx
        .insertInto('vision_versions')
        .values({ product_id: productId, ...visionVersionColumns.write(v) })
        .execute()
    }
    for (const [index, g] of data.goals.entries()) {
      const { id } = await trx
        .insertInto('product_goals')
        .values({ product_id: productId, ...goalColumns.write(g) })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set('productGoal', g.id, id)
      const itemIds = g.itemIds.map((itemId, i) => ids.get('item', itemId, `vision.goals.${index}.itemIds.${i}`))
      if (itemIds.length > 0)
        await trx
          .insertInto('item_goal_links')
          .values(itemIds.map((item_id) => ({ item_id, goal_id: id })))
          .execute()
    }
    const goalId = (old: number | null, path: string) => ids.getNullable('productGoal', old, path)
    for (const [index, s] of data.sprints.entries()) {
      const { id } = await trx
        .insertInto('sprints')
        .values({
          product_id: productId,
          ...sprintColumns.write(s),
          product_goal_id: goalId(s.productGoalId, `vision.sprints.${index}.productGoalId`),
          team_id: ids.getNullable('team', s.teamId, `vision.sprints.${index}.teamId`)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (s.id !== undefined) ids.set('sprint', s.id, id)
      const itemIds = new Set(
        s.itemIds.map((itemId, i) => ids.get('item', itemId, `vision.sprints.${index}.itemIds.${i}`))
      )
      if (itemIds.size > 0)
        await trx
          .insertInto('sprint_items')
          .values([...itemIds].map((item_id) => ({ sprint_id: id, item_id })))
          .execute()
    }
    for (const [index, o] of data.objectives.entries()) {
      const { id } = await trx
        .insertInto('okr_objectives')
        .values({
          product_id: productId,
          ...objectiveColumns.write(o),
          goal_id: goalId(o.goalId, `vision.objectives.${index}.goalId`)
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const [position, k] of o.keyResults.entries()) {
        await trx
          .insertInto('okr_key_results')
          .values({ objective_id: id, ...keyResultColumns.write({ ...k, position }) })
          .execute()
      }
    }
    for (const horizon of ROADMAP_COLUMNS) {
      for (const [position, old] of data.board[horizon].entries()) {
        await trx
          .insertInto('roadmap_placements')
          .values({
            goal_id: ids.get('productGoal', old, `vision.board.${horizon}.${position}`),
            product_id: productId,
            ...placementColumns.write({ horizon, position })
          })
          .execute()
      }
    }
    for (const [position, r] of data.rows.entries()) {
      await trx
        .insertInto('roadmap_rows')
        .values({
          product_id: productId,
          ...roadmapRowColumns.write({ ...r, position }),
          product_goal_id: goalId(r.productGoalId, `vision.rows.${position}.productGoalId`)
        })
        .execute()
    }
  }
})
