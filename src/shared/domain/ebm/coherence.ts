import type { StateCategory } from '../backlog'
import { formatDay } from '../format'
import type { ExperimentDecision, ExperimentStatus } from './vocabulary'

export interface ExperimentFacts {
  title: string
  status: ExperimentStatus
  decision: ExperimentDecision | null
  /** ISO time of the decision; null while undecided. */
  decidedAt: string | null
  itemIds: readonly number[]
}

export interface ItemFacts {
  id: number
  title: string
  stateCategory: StateCategory
  /** Day it was finished, while it is done; null otherwise. */
  finishedOn: string | null
}

/**
 * Where an experiment's decision and the state of its items tell different stories: a decision to
 * persevere needs the change to have shipped (its items done before the decision), and after a pivot
 * or a stop none of its items should still wait to be built. One sentence per contradiction.
 */
export function experimentContradictions(
  experiments: readonly ExperimentFacts[],
  items: readonly ItemFacts[]
): string[] {
  const byId = new Map(items.map((i) => [i.id, i]))
  return experiments.flatMap((e) => {
    if (e.decision === null) return []
    const linked = e.itemIds.flatMap((id) => byId.get(id) ?? [])
    const decidedOn = e.decidedAt?.slice(0, 10) ?? ''
    if (e.decision === 'persevere')
      return linked.flatMap((i) =>
        i.finishedOn === null
          ? [`“${e.title}” was decided “persevere” while its item “${i.title}” is not done.`]
          : i.finishedOn > decidedOn
            ? [
                `“${e.title}” was decided “persevere” on ${formatDay(decidedOn)}, before its item “${i.title}” was done (${formatDay(i.finishedOn)}).`
              ]
            : []
      )
    return linked.flatMap((i) =>
      i.stateCategory === 'todo' || i.stateCategory === 'in_progress'
        ? [`“${e.title}” was decided “${e.decision}”, yet its item “${i.title}” is still to be built.`]
        : []
    )
  })
}
