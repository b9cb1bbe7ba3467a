import { cite } from '../guides'

/** A Definition of Done line: the product's (team null) or one team's addition. */
export interface DoneLine {
  id: number
  text: string
  teamId: number | null
}

/**
 * The Definition of Done an item of `teamId` must meet: every line of the product's, then the
 * additions of its own team. All teams on a product share one Definition of Done; a team may ask
 * more of its own work but never less (Scrum Guide 2020, “Commitment: Definition of Done”).
 */
export function definitionOfDoneFor<L extends DoneLine>(lines: readonly L[], teamId: number | null): L[] {
  return [
    ...lines.filter((line) => line.teamId === null),
    ...(teamId === null ? [] : lines.filter((line) => line.teamId === teamId))
  ]
}

/** How a caller claims done: `confirmDone` for the product's lines, `doneChecks` naming lines one by one. */
export interface DoneClaim {
  confirmDone: boolean
  /** The lines confirmed, by id; when given, it must name every line that applies. */
  doneChecks?: readonly number[]
}

/**
 * The lines a claim leaves unconfirmed (none: the item is done). Without a confirmation nothing is
 * met. A team's additions are never covered by the bare `confirmDone`, which predates teams and
 * means the product's Definition of Done: they must be named in `doneChecks`. When `doneChecks` is
 * given, it is the checklist as ticked, and every line must be in it.
 */
export function unconfirmedDoneLines<L extends DoneLine>(required: readonly L[], claim: DoneClaim): L[] {
  if (!claim.confirmDone) return [...required]
  const checks = claim.doneChecks
  if (checks === undefined) return required.filter((line) => line.teamId !== null)
  const ticked = new Set(checks)
  return required.filter((line) => !ticked.has(line.id))
}

/**
 * Why a claim of done falls short, naming the lines still to confirm: `what` is the item (or "2
 * items"), `team` the team whose additions apply, if any.
 */
export function unconfirmedDoneMessage(
  what: string,
  stateName: string,
  missing: readonly DoneLine[],
  team: string | null
): string {
  const lines = missing.map((line) => `“${line.text}”`).join(', ')
  const whose = team === null ? '' : ` (the product's and ${team}'s additions)`
  return `${what} can only be ${stateName} when every line of its Definition of Done${whose} is confirmed; not confirmed yet: ${lines} (doneChecks). Every team meets the product's Definition of Done and may add to it, never take from it (${cite('scrum', 'definitionOfDone')}).`
}
