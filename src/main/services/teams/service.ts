import { sql } from 'kysely'
import { ApiError, type ParsedInput } from '@shared/api'
import type { Team } from '@shared/api/methods/teams'
import { noWipLimitReason, takesWipLimit } from '@shared/domain/flow'
import { formatCount } from '@shared/domain/format'
import { inTransaction, type Db, type ServiceDeps } from '../deps'
import { teamWipLimitColumns } from '../flow/columns'
import { teamSles } from '../flow/sle'
import { getProduct, isUniqueViolation } from '../products/service'
import { teamColumns } from './columns'

function nameTaken(name: string): ApiError {
  return new ApiError('conflict', `This product already has a team called "${name}"; choose another name.`, [
    { path: 'name', message: 'Another team of this product has this name' }
  ])
}

async function getTeamRow(db: Db, id: number, field = 'id') {
  const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new ApiError('not_found', `There is no team with id ${id}.`, [{ path: field, message: `No team ${id}` }])
  return row
}

/**
 * Fails unless `teamId` is a team of the product; null (no team) and undefined (unchanged) pass.
 * `field` is where the caller's input holds it, so the error points at the Team field.
 */
export async function requireTeamOfProduct(
  db: Db,
  productId: number,
  teamId: number | null | undefined,
  field: string
): Promise<void> {
  if (teamId === null || teamId === undefined) return
  const row = await db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', teamId)
    .where('product_id', '=', productId)
    .executeTakeFirst()
  if (!row)
    throw new ApiError('invalid_input', `Team ${teamId} is not a team of this product.`, [
      { path: field, message: 'Choose one of the product’s teams, or none' }
    ])
}

/** The product's teams with their Definition of Done additions and counts, in order (or just `id`). */
export async function listTeams(db: Db, productId: number, id?: number): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams as t')
    .select([
      't.id',
      't.product_id',
      't.name',
      't.position',
      sql<number>`(SELECT count(*) FROM backlog_items i WHERE i.team_id = t.id AND i.deleted_at IS NULL)`.as('items'),
      sql<number>`(SELECT count(*) FROM sprints s WHERE s.team_id = t.id)`.as('sprints')
    ])
    .where('t.product_id', '=', productId)
    .$if(id !== undefined, (q) => q.where('t.id', '=', id!))
    .orderBy('t.position')
    .orderBy('t.id')
    .execute()
  const lines = await db
    .selectFrom('definition_criteria')
    .select(['id', 'text', 'position', 'team_id'])
    .where('product_id', '=', productId)
    .where('team_id', 'is not', null)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const limits = await teamWipLimits(db, productId)
  const sles = await teamSles(db, productId)
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    name: row.name,
    position: row.position,
    definitionOfDone: lines
      .filter((line) => line.team_id === row.id)
      .map(({ id, text, position }) => ({ id, text, position })),
    wipLimits: limits.get(row.id) ?? [],
    sle: sles.get(row.id) ?? null,
    itemCount: Number(row.items),
    sprintCount: Number(row.sprints)
  }))
}

/** Every team's own WIP limits of the product, by team id, each team's in workflow order. */
export async function teamWipLimits(
  db: Db,
  productId: number
): Promise<Map<number, Array<{ stateId: number; wipLimit: number }>>> {
  const rows = await db
    .selectFrom('team_wip_limits as l')
    .innerJoin('teams as t', 't.id', 'l.team_id')
    .innerJoin('workflow_states as s', 's.id', 'l.state_id')
    .select(['l.team_id', 'l.state_id', 'l.wip_limit'])
    .where('t.product_id', '=', productId)
    .orderBy('s.position')
    .execute()
  const byTeam = new Map<number, Array<{ stateId: number; wipLimit: number }>>()
  for (const row of rows) {
    const list = byTeam.get(row.team_id) ?? []
    list.push({ stateId: row.state_id, ...teamWipLimitColumns.read(row) })
    byTeam.set(row.team_id, list)
  }
  return byTeam
}

async function getTeam(db: Db, productId: number, id: number): Promise<Team> {
  const [team] = await listTeams(db, productId, id)
  return team!
}

export function createTeamService({ db, now }: ServiceDeps) {
  return {
    async list(productId: number): Promise<Team[]> {
      await getProduct(db, productId)
      return listTeams(db, productId)
    },

    async create({ productId, name }: ParsedInput<'teams.create'>): Promise<Team> {
      await getProduct(db, productId)
      try {
        const id = await inTransaction(db, async (trx) => {
          const last = await trx
            .selectFrom('teams')
            .select((eb) => eb.fn.max('position').as('position'))
            .where('product_id', '=', productId)
            .executeTakeFirst()
          const { id } = await trx
            .insertInto('teams')
            .values({
              product_id: productId,
              ...teamColumns.write({ name, position: (last?.position ?? -1) + 1, createdAt: now().toISOString() })
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          return id
        })
        return getTeam(db, productId, id)
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(name)
        throw error
      }
    },

    async rename({ id, name }: ParsedInput<'teams.rename'>): Promise<Team> {
      const row = await getTeamRow(db, id)
      try {
        await db.updateTable('teams').set(teamColumns.patch({ name })).where('id', '=', id).execute()
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(name)
        throw error
      }
      return getTeam(db, row.product_id, id)
    },

    /**
     * A team's own limit on one state of its product's workflow, beside the state's limit for the
     * whole product: only to-do and in-progress states hold work a limit can cap.
     */
    async setWipLimit({ id, stateId, wipLimit }: ParsedInput<'teams.setWipLimit'>): Promise<Team> {
      const team = await getTeamRow(db, id)
      const state = await db
        .selectFrom('workflow_states')
        .select(['name', 'category'])
        .where('id', '=', stateId)
        .where('product_id', '=', team.product_id)
        .executeTakeFirst()
      if (!state) {
        throw new ApiError('invalid_input', `State ${stateId} is not a workflow state of this product.`, [
          { path: 'stateId', message: 'Choose one of the product’s workflow states' }
        ])
      }
      if (wipLimit !== null && !takesWipLimit(state.category)) {
        throw new ApiError('invalid_input', noWipLimitReason(state.name, state.category), [
          { path: 'wipLimit', message: 'Leave the WIP limit empty for this state' }
        ])
      }
      if (wipLimit === null)
        await db.deleteFrom('team_wip_limits').where('team_id', '=', id).where('state_id', '=', stateId).execute()
      else {
        const values = teamWipLimitColumns.write({ wipLimit })
        await db
          .insertInto('team_wip_limits')
          .values({ team_id: id, state_id: stateId, ...values })
          .onConflict((oc) => oc.columns(['team_id', 'state_id']).doUpdateSet(values))
          .execute()
      }
      return getTeam(db, team.product_id, id)
    },

    /**
     * Refuses while live items or Sprints belong to the team: removing it would silently rewrite the
     * history its throughput, cycle time and Sprint Goal statistics read, and an item's team is a
     * backlog edit that undo keeps, which a removal would bypass. Deleted items let go of it.
     */
    async remove(id: number): Promise<{ deleted: number }> {
      const row = await getTeamRow(db, id)
      const [team] = await listTeams(db, row.product_id, id)
      const { itemCount, sprintCount } = team!
      if (itemCount > 0 || sprintCount > 0) {
        const held = [
          itemCount > 0 && formatCount(itemCount, 'item'),
          sprintCount > 0 && formatCount(sprintCount, 'Sprint')
        ]
          .filter(Boolean)
          .join(' and ')
        throw new ApiError(
          'conflict',
          `${row.name} still has ${held}. Give them to another team or to no team first (bulk edit in the Backlog, the Team field of each Sprint): removing the team would rewrite the history its metrics and forecasts read.`,
          [{ path: 'id', message: `${row.name} still has work` }]
        )
      }
      await inTransaction(db, async (trx) => {
        await trx.updateTable('backlog_items').set({ team_id: null }).where('team_id', '=', id).execute()
        // The SLE table has kept room for teams since before teams existed, so it has no reference to cascade.
        await trx.deleteFrom('service_level_expectations').where('team_id', '=', id).execute()
        await trx.deleteFrom('teams').where('id', '=', id).execute()
      })
      return { deleted: id }
    }
  }
}
