import { ApiError, type BacklogItem, type ParsedInput } from '@shared/api'
import { isDoneCategory } from '@shared/domain/backlog'
import { inTransaction, type ServiceDeps } from '../deps'
import { requireOnProductScale } from '../settings/read'
import { requireTeamOfProduct } from '../teams/service'
import { itemColumns, statusChangeColumns } from './columns'
import { requireDoneConfirmed } from './definition-of-done'
import { requireChildrenFit, requireParent, writeCriteria, writeLabels, writeReadyChecks } from './detail'
import { firstTodoState, getLiveItemRow, readItem, requireStateOfProduct } from './item-rows'

/**
 * Changes an item: moving it to done needs the Definition of Done confirmed, "not done" sends it back
 * with its reason, and a new parent, type, estimate or team must fit the product.
 */
export async function updateItem(
  { db, now }: ServiceDeps,
  { id, patch: input, confirmDone, doneChecks, notDone }: ParsedInput<'backlog.update'>
): Promise<BacklogItem> {
  const current = await getLiveItemRow(db, id)
  const product = current.product_id
  if (notDone !== undefined && input.stateId !== undefined) {
    throw new ApiError(
      'invalid_input',
      'An item that is not done goes back to the Product Backlog: give notDone without a status.',
      [{ path: 'patch.stateId', message: 'Leave the status out; the item goes to the first to-do state' }]
    )
  }
  // Not done returns the item to where new items start, so it is open work again.
  const patch = notDone === undefined ? input : { ...input, stateId: await firstTodoState(db, product) }
  await requireTeamOfProduct(db, product, patch.teamId, 'patch.teamId')
  if (patch.stateId !== undefined && notDone === undefined) {
    const target = await requireStateOfProduct(db, product, patch.stateId, 'patch.stateId')
    // Only done claims the Definition of Done; moving to a removed state needs no confirmation.
    if (isDoneCategory(target.category) && patch.stateId !== current.state_id) {
      const teamId = patch.teamId !== undefined ? patch.teamId : current.team_id
      await requireDoneConfirmed(
        db,
        product,
        target.name,
        [{ title: current.title, teamId }],
        { confirmDone, doneChecks },
        `“${current.title}”`,
        ' (notDone, with the reason)'
      )
    }
  }
  await requireOnProductScale(db, product, patch.estimate, 'patch.estimate')
  const type = patch.type ?? current.type
  const parentId = patch.parentId !== undefined ? patch.parentId : current.parent_id
  if (parentId !== null && (patch.parentId !== undefined || patch.type !== undefined)) {
    await requireParent(db, current, type, parentId, patch.parentId !== undefined ? 'patch.parentId' : 'patch.type')
  }
  if (patch.type !== undefined && patch.type !== current.type) await requireChildrenFit(db, id, type, 'patch.type')
  const stamp = now().toISOString()
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('backlog_items')
      .set({
        ...itemColumns.patch({ ...patch, updatedAt: stamp }),
        ...(patch.stateId !== undefined && { state_id: patch.stateId }),
        ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
        ...(patch.teamId !== undefined && { team_id: patch.teamId })
      })
      .where('id', '=', id)
      .execute()
    if (patch.criteria !== undefined) await writeCriteria(trx, id, patch.criteria)
    if (patch.labels !== undefined) await writeLabels(trx, product, id, patch.labels)
    if (patch.readyChecks !== undefined) await writeReadyChecks(trx, product, id, patch.readyChecks)
    // A return for not meeting the Definition of Done is recorded even from the to-do state, for its reason.
    if (patch.stateId !== undefined && (patch.stateId !== current.state_id || notDone !== undefined)) {
      await trx
        .insertInto('status_changes')
        .values({
          item_id: id,
          from_state_id: current.state_id,
          to_state_id: patch.stateId,
          ...statusChangeColumns.write({ changedAt: stamp, notDoneReason: notDone ?? null })
        })
        .execute()
    }
  })
  return readItem(db, id)
}
