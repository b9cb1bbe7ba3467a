import { ApiError } from '@shared/api'
import { cite } from '@shared/domain/guides'
import { definitionOfDoneFor, unconfirmedDoneLines, unconfirmedDoneMessage } from '@shared/domain/teams'
import type { Db } from '../deps'

/**
 * The one refusal for a done state claimed without the Definition of Done. There is no way round
 * it: an item that does not meet the Definition of Done is not part of the Increment, so it is never
 * done, and it never counts as throughput, cycle time or forecast history.
 */
export function definitionOfDoneRequired(what: string, stateName: string, notDoneHint: string): ApiError {
  return new ApiError(
    'invalid_input',
    `${what} can only be ${stateName} when the Definition of Done is met: confirm it (confirmDone). Work that does not meet it is not part of the Increment and goes back to the Product Backlog${notDoneHint} (${cite('scrum', 'increment')}).`,
    [{ path: 'confirmDone', message: 'Confirm the Definition of Done is met' }]
  )
}

export interface DoneMove {
  title: string
  /** The item's team once the change is made. */
  teamId: number | null
}

/**
 * Refuses a move to a done state unless each item's whole Definition of Done is confirmed: the
 * product's lines and, for a team's item, that team's additions (see `unconfirmedDoneLines`).
 * `what` names the items in the refusal without a confirmation ("“Title”", "3 items").
 */
export async function requireDoneConfirmed(
  db: Db,
  productId: number,
  stateName: string,
  moving: readonly DoneMove[],
  claim: { confirmDone?: boolean; doneChecks?: readonly number[] },
  what: string,
  notDoneHint: string
): Promise<void> {
  if (moving.length === 0) return
  if (!claim.confirmDone) throw definitionOfDoneRequired(what, stateName, notDoneHint)
  const lines = await db
    .selectFrom('definition_criteria as d')
    .leftJoin('teams as t', 't.id', 'd.team_id')
    .select(['d.id', 'd.text', 'd.team_id as teamId', 't.name as teamName'])
    .where('d.product_id', '=', productId)
    .where('d.kind', '=', 'done')
    .orderBy('d.position')
    .orderBy('d.id')
    .execute()
  for (const item of moving) {
    const missing = unconfirmedDoneLines(definitionOfDoneFor(lines, item.teamId), {
      confirmDone: true,
      doneChecks: claim.doneChecks
    })
    if (missing.length === 0) continue
    const team = item.teamId === null ? null : (lines.find((line) => line.teamId === item.teamId)?.teamName ?? null)
    throw new ApiError('invalid_input', unconfirmedDoneMessage(`“${item.title}”`, stateName, missing, team), [
      { path: 'doneChecks', message: 'Confirm every line of the item’s Definition of Done' }
    ])
  }
}
