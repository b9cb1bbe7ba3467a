import type { Db } from '../deps'
import { teamWipLimitColumns } from '../flow/columns'
import { setSle } from '../flow/sle'
import { definitionColumns } from '../settings/columns'
import { teamColumns } from '../teams/columns'

/**
 * Two Scrum Teams on the sample product's one Product Backlog, so the team screens have real work
 * to show: every item but the epics belongs to a team (in turn down the backlog, so both teams have
 * a history to forecast from), a payment change of Team Front Desk holds up a story of Team Lanes
 * (a dependency across teams), and Team Front Desk adds a line of its own to the Definition of
 * Done. Their Sprints are seeded with the other Sprints (vision.ts). Each team caps its own In
 * progress, and Team Lanes has chosen an SLE of its own, so the board and the charts narrowed to a
 * team show a team's policies.
 */

export const SAMPLE_TEAMS = { lanes: 'Team Lanes', frontDesk: 'Team Front Desk' } as const

/** Title starts of items whose team is chosen rather than taken in turn. */
const FRONT_DESK_ITEMS = [
  'Move payment webhooks onto the retrying job queue',
  'Spike: can the turnstiles at Millbrook read the QR codes',
  'Check-in keeps working when a pool’s internet connection is down'
]
// The waiting list is Team Lanes' current Sprint Goal, so its story is theirs.
const LANES_ITEMS = [
  'As a parent, I want to pay for a term of lessons in three instalments',
  'As a swimmer, I want to join the waiting list for a full session'
]

const FRONT_DESK_DONE = 'Tried at a reception desk with the pass scanner the pools use'

/** Each team's own limit on In progress: together they hold what the product's limit allows. */
const TEAM_IN_PROGRESS_LIMIT = 2
const LANES_SLE = { percentile: 85, days: 8 }

export async function seedSampleTeams(db: Db, productId: number, at: Date): Promise<void> {
  const created = at.toISOString()
  const team = async (name: string, position: number) =>
    (
      await db
        .insertInto('teams')
        .values({ product_id: productId, ...teamColumns.write({ name, position, createdAt: created }) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const lanes = await team(SAMPLE_TEAMS.lanes, 0)
  const frontDesk = await team(SAMPLE_TEAMS.frontDesk, 1)
  await db
    .insertInto('definition_criteria')
    .values({
      product_id: productId,
      team_id: frontDesk,
      ...definitionColumns.write({ kind: 'done', position: 0, text: FRONT_DESK_DONE })
    })
    .execute()

  const items = await db
    .selectFrom('backlog_items')
    .select(['id', 'type', 'title'])
    .where('product_id', '=', productId)
    .orderBy('rank')
    .execute()
  const chosen = (title: string, starts: readonly string[]) => starts.some((start) => title.startsWith(start))
  const byTeam = new Map<number, number[]>([
    [lanes, []],
    [frontDesk, []]
  ])
  items
    .filter((item) => item.type !== 'epic')
    .forEach((item, index) => {
      const teamId = chosen(item.title, FRONT_DESK_ITEMS)
        ? frontDesk
        : chosen(item.title, LANES_ITEMS)
          ? lanes
          : index % 2 === 0
            ? lanes
            : frontDesk
      byTeam.get(teamId)!.push(item.id)
    })
  for (const [teamId, ids] of byTeam)
    await db.updateTable('backlog_items').set({ team_id: teamId }).where('id', 'in', ids).execute()

  const inProgress = await db
    .selectFrom('workflow_states')
    .select('id')
    .where('product_id', '=', productId)
    .where('name', '=', 'In progress')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('team_wip_limits')
    .values(
      [lanes, frontDesk].map((teamId) => ({
        team_id: teamId,
        state_id: inProgress.id,
        ...teamWipLimitColumns.write({ wipLimit: TEAM_IN_PROGRESS_LIMIT })
      }))
    )
    .execute()
  await setSle(db, productId, LANES_SLE, lanes)
}
