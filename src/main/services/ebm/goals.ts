import { ApiError, type ParsedInput } from '@shared/api'
import type { Goal } from '@shared/api/methods/ebm'
import {
  GOAL_LEVEL_LABELS,
  GOAL_LEVELS,
  goalProgress,
  targetProgress,
  type GoalLevel,
  type TargetProgress
} from '@shared/domain/ebm'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { getProduct } from '../products/service'
import { goalColumns, goalTargetColumns } from './columns'
import { latestOf, listMeasureRows, loadValues } from './store'

type TargetInput = ParsedInput<'ebm.goals.create'>['targets'][number]

/** The level a goal's parent must have: Strategic above Intermediate above Immediate Tactical. */
const PARENT_LEVEL: Record<GoalLevel, GoalLevel | null> = {
  strategic: null,
  intermediate: 'strategic',
  tactical: 'intermediate'
}

const withArticle = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`

async function getGoalRow(db: Db, id: number) {
  const row = await db.selectFrom('ebm_goals').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new ApiError('not_found', `There is no goal with id ${id}.`)
  return row
}

async function checkParent(
  db: Db,
  productId: number,
  level: GoalLevel,
  parentId: number | null,
  path: string
): Promise<void> {
  if (parentId === null) return
  const wanted = PARENT_LEVEL[level]
  if (wanted === null) {
    throw new ApiError('invalid_input', 'A Strategic Goal is the top of the tree; it has no parent goal.', [
      { path, message: 'A Strategic Goal has no parent' }
    ])
  }
  const parent = await db
    .selectFrom('ebm_goals')
    .select(['level', 'title'])
    .where('id', '=', parentId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!parent)
    throw new ApiError('invalid_input', `There is no goal with id ${parentId} in this product.`, [
      { path, message: 'Not a goal of this product' }
    ])
  if (parent.level !== wanted) {
    const child = withArticle(GOAL_LEVEL_LABELS[level])
    throw new ApiError(
      'invalid_input',
      `${child.charAt(0).toUpperCase()}${child.slice(1)} sits under ${withArticle(GOAL_LEVEL_LABELS[wanted])}, and “${parent.title}” is ${withArticle(GOAL_LEVEL_LABELS[parent.level])}.`,
      [{ path, message: `Choose ${withArticle(GOAL_LEVEL_LABELS[wanted])}` }]
    )
  }
}

async function checkTargets(db: Db, productId: number, targets: readonly TargetInput[], path: string): Promise<void> {
  if (targets.length === 0) return
  const ids = new Set(
    (await db.selectFrom('ebm_measures').select('id').where('product_id', '=', productId).execute()).map((m) => m.id)
  )
  const seen = new Set<number>()
  const issues = targets.flatMap((t, i) => {
    const where = `${path}.${i}.measureId`
    if (!ids.has(t.measureId)) return [{ path: where, message: 'Not a measure of this product' }]
    if (seen.has(t.measureId)) return [{ path: where, message: 'This measure already has a target on this goal' }]
    seen.add(t.measureId)
    return []
  })
  if (issues.length > 0)
    throw new ApiError('invalid_input', 'Some targets name a measure that cannot be used here.', issues)
}

async function replaceTargets(trx: Db, goalId: number, targets: readonly TargetInput[]): Promise<void> {
  await trx.deleteFrom('ebm_goal_targets').where('goal_id', '=', goalId).execute()
  if (targets.length === 0) return
  await trx
    .insertInto('ebm_goal_targets')
    .values(
      targets.map((t, position) => ({
        goal_id: goalId,
        measure_id: t.measureId,
        ...goalTargetColumns.write({ ...t, position })
      }))
    )
    .execute()
}

/** Every goal of a product with targets and progress, each parent followed by its sub-goals. */
export async function listGoals(db: Db, productId: number, now: Date): Promise<Goal[]> {
  const goals = await db.selectFrom('ebm_goals').selectAll().where('product_id', '=', productId).orderBy('id').execute()
  const targets = await db
    .selectFrom('ebm_goal_targets as t')
    .innerJoin('ebm_goals as g', 'g.id', 't.goal_id')
    .selectAll('t')
    .where('g.product_id', '=', productId)
    .orderBy('t.goal_id')
    .orderBy('t.position')
    .execute()
  const measures = await listMeasureRows(db, productId)
  const used = new Set(targets.map((t) => t.measure_id))
  const values = await loadValues(
    db,
    productId,
    measures.filter((m) => used.has(m.id)),
    now
  )
  const measureById = new Map(measures.map((m) => [m.id, m]))

  const targetsByGoal = new Map<number, Goal['targets']>()
  for (const t of targets) {
    const measure = measureById.get(t.measure_id)!
    const { baseline, target } = goalTargetColumns.read(t)
    const progress: TargetProgress = targetProgress({
      direction: measure.direction,
      unit: measure.unit,
      baseline,
      target,
      latest: latestOf(values.get(measure.id)!)
    })
    const list = targetsByGoal.get(t.goal_id) ?? []
    list.push({
      id: t.id,
      measureId: measure.id,
      measureName: measure.name,
      unit: measure.unit,
      direction: measure.direction,
      baseline,
      target,
      progress
    })
    targetsByGoal.set(t.goal_id, list)
  }
  const progress = goalProgress(
    goals.map((g) => ({
      id: g.id,
      parentId: g.parent_id,
      targets: (targetsByGoal.get(g.id) ?? []).map((t) => t.progress)
    }))
  )
  const shaped = goals.map((g): Goal => ({
    id: g.id,
    productId: g.product_id,
    parentId: g.parent_id,
    ...goalColumns.read(g),
    targets: targetsByGoal.get(g.id) ?? [],
    progress: progress.get(g.id)!
  }))
  return treeOrder(shaped)
}

/** Roots (by level, then age) each followed by its sub-goals, depth first. */
function treeOrder(goals: Goal[]): Goal[] {
  const children = new Map<number | null, Goal[]>()
  const ids = new Set(goals.map((g) => g.id))
  for (const goal of goals) {
    const parent = goal.parentId !== null && ids.has(goal.parentId) ? goal.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), goal])
  }
  const roots = (children.get(null) ?? []).sort(
    (a, b) => GOAL_LEVELS.indexOf(a.level) - GOAL_LEVELS.indexOf(b.level) || a.id - b.id
  )
  const out: Goal[] = []
  const visit = (goal: Goal) => {
    out.push(goal)
    for (const child of children.get(goal.id) ?? []) visit(child)
  }
  roots.forEach(visit)
  return out
}

export function createGoalService({ db, now }: ServiceDeps) {
  const one = async (productId: number, id: number): Promise<Goal> =>
    (await listGoals(db, productId, now())).find((g) => g.id === id)!

  return {
    async list(productId: number): Promise<Goal[]> {
      await getProduct(db, productId)
      return listGoals(db, productId, now())
    },

    async create(input: ParsedInput<'ebm.goals.create'>): Promise<Goal> {
      await getProduct(db, input.productId)
      await checkParent(db, input.productId, input.level, input.parentId, 'parentId')
      await checkTargets(db, input.productId, input.targets, 'targets')
      const stamp = now().toISOString()
      const id = await inTransaction(db, async (trx) => {
        const { id } = await trx
          .insertInto('ebm_goals')
          .values({
            product_id: input.productId,
            parent_id: input.parentId,
            ...goalColumns.write({ ...input, createdAt: stamp, updatedAt: stamp })
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await replaceTargets(trx, id, input.targets)
        return id
      })
      return one(input.productId, id)
    },

    async update({ id, patch }: ParsedInput<'ebm.goals.update'>): Promise<Goal> {
      const row = await getGoalRow(db, id)
      if (patch.parentId !== undefined)
        await checkParent(db, row.product_id, row.level, patch.parentId, 'patch.parentId')
      if (patch.targets) await checkTargets(db, row.product_id, patch.targets, 'patch.targets')
      await inTransaction(db, async (trx) => {
        await trx
          .updateTable('ebm_goals')
          .set({
            parent_id: patch.parentId,
            ...goalColumns.patch({ ...patch, updatedAt: now().toISOString() })
          })
          .where('id', '=', id)
          .execute()
        if (patch.targets) await replaceTargets(trx, id, patch.targets)
      })
      return one(row.product_id, id)
    },

    async remove(id: number): Promise<{ deleted: number }> {
      await getGoalRow(db, id)
      // Sub-goals lose their parent and experiments their goal (ON DELETE SET NULL); targets go with the goal.
      await db.deleteFrom('ebm_goals').where('id', '=', id).execute()
      return { deleted: id }
    }
  }
}
