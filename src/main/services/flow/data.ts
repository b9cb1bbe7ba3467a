import type { FlowData, FlowItem, FlowTransition } from '@shared/api/methods/flow'
import { isDoneCategory } from '@shared/domain/backlog'
import { itemKey } from '@shared/domain/items/key'
import type { Db } from '../deps'
import { itemPrefixOf } from '../products/service'
import { teamWipLimits } from '../teams/service'
import { toWorkflowState } from '../workflow/read'
import { getCalendar } from './calendar'
import { getSle, teamSles } from './sle'

/** The UTC calendar day of a stored ISO time (stored times are `toISOString()` output, so usually a slice). */
function utcDay(isoTime: string): string {
  return isoTime.endsWith('Z') && isoTime[10] === 'T'
    ? isoTime.slice(0, 10)
    : new Date(isoTime).toISOString().slice(0, 10)
}

/**
 * Everything the flow screens and forecasts need about a product, in one query per table and shaped
 * here: each item's arrival (its first status change), start (first entry into an in-progress state)
 * and finish (last entry into a done state, only while the item is still done: a reopened or removed
 * item has no finish, so it never counts as throughput).
 */
export async function loadFlowData(db: Db, productId: number, now: Date): Promise<FlowData> {
  const [stateRows, itemRows, changeRows, calendar, sle, prefix, teamRows, limits, sles] = await Promise.all([
    db.selectFrom('workflow_states').selectAll().where('product_id', '=', productId).orderBy('position').execute(),
    db
      .selectFrom('backlog_items')
      .select(['id', 'number', 'title', 'type', 'estimate', 'rank', 'state_id', 'team_id', 'created_at'])
      .where('product_id', '=', productId)
      .where('deleted_at', 'is', null)
      .orderBy('rank')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('status_changes as c')
      .innerJoin('backlog_items as i', 'i.id', 'c.item_id')
      .select(['c.item_id', 'c.to_state_id', 'c.changed_at'])
      .where('i.product_id', '=', productId)
      .where('i.deleted_at', 'is', null)
      .orderBy('c.changed_at')
      .orderBy('c.id')
      .execute(),
    getCalendar(db, productId),
    getSle(db, productId),
    itemPrefixOf(db, productId),
    db.selectFrom('teams').select('id').where('product_id', '=', productId).orderBy('position').orderBy('id').execute(),
    teamWipLimits(db, productId),
    teamSles(db, productId)
  ])

  const states = stateRows.map(toWorkflowState)
  const stateById = new Map(states.map((state) => [state.id, state]))
  const dates = new Map<number, { arrivedOn?: string; startedOn?: string; lastDoneOn?: string }>()
  const transitions: FlowTransition[] = []
  for (const change of changeRows) {
    const state = stateById.get(change.to_state_id)
    if (!state) continue
    const on = utcDay(change.changed_at)
    transitions.push({ itemId: change.item_id, state: state.name, on })
    let item = dates.get(change.item_id)
    if (!item) dates.set(change.item_id, (item = { arrivedOn: on }))
    if (state.category === 'in_progress') item.startedOn ??= on
    if (isDoneCategory(state.category)) item.lastDoneOn = on
  }

  const items: FlowItem[] = []
  for (const row of itemRows) {
    const state = stateById.get(row.state_id)
    if (!state) continue
    const recorded = dates.get(row.id)
    items.push({
      id: row.id,
      key: itemKey(prefix, row.number),
      title: row.title,
      type: row.type,
      estimate: row.estimate,
      rank: row.rank,
      teamId: row.team_id,
      state: state.name,
      stateCategory: state.category,
      arrivedOn: recorded?.arrivedOn ?? utcDay(row.created_at),
      startedOn: recorded?.startedOn ?? null,
      finishedOn: isDoneCategory(state.category) ? (recorded?.lastDoneOn ?? null) : null
    })
  }
  const teamPolicies = teamRows.map(({ id }) => ({
    teamId: id,
    wipLimits: limits.get(id) ?? [],
    sle: sles.get(id) ?? null
  }))
  return { today: now.toISOString().slice(0, 10), calendar, states, sle, teamPolicies, items, transitions }
}
