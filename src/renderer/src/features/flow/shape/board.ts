import type { FlowData } from '@shared/api/methods/flow'
import { isDoneCategory, type StateCategory } from '@shared/domain/backlog'
import { boardColumns, workItemAge, type ServiceLevelExpectation } from '@shared/domain/flow'
import { withSource } from '@shared/domain/guides'
import { formatCount } from './format'
import { formatNumber } from '@shared/domain/format'

/** Cards drawn per column; the rest are counted, so a column of 200 finished items stays readable. */
export const CARDS_PER_COLUMN = 12

export interface BoardCard {
  id: number
  key: string
  title: string
  /** Days since the item started, for started and unfinished items. */
  ageDays: number | null
  /** Older than the team's SLE: it can no longer finish within it. */
  pastSle: boolean
}

export interface BoardColumnView {
  id: number
  name: string
  category: StateCategory
  wipLimit: number | null
  count: number
  excess: number
  /** "4 of 3" against a limit, "4" without one. */
  countText: string
  /** The same for a screen reader: "4 items, WIP limit 3". */
  countLabel: string
  /** Said in words, so it never rests on colour alone; null within the limit. */
  warning: string | null
  entryPolicy: string
  exitPolicy: string
  cards: BoardCard[]
  /** Items in the column that are not drawn as cards. */
  hidden: number
}

export interface BoardView {
  columns: BoardColumnView[]
  /** One sentence naming every column above its limit; null when none is. */
  alert: string | null
}

/**
 * The board today: a column per workflow state with its items, its count against its WIP limit and
 * its policies. Open columns list items in backlog order; done columns the latest finished first.
 */
export function boardView(
  data: Pick<FlowData, 'states' | 'items' | 'today' | 'sle'>,
  shown = CARDS_PER_COLUMN
): BoardView {
  const columns = boardColumns(data.states, data.items).map(({ state, items, excess }) => {
    const ordered = isDoneCategory(state.category)
      ? [...items].sort((a, b) => (b.finishedOn ?? '').localeCompare(a.finishedOn ?? ''))
      : items
    const count = items.length
    return {
      id: state.id,
      name: state.name,
      category: state.category,
      wipLimit: state.wipLimit,
      count,
      excess,
      countText: state.wipLimit === null ? formatNumber(count) : `${formatNumber(count)} of ${state.wipLimit}`,
      countLabel: `${formatCount(count, 'item')}${state.wipLimit === null ? '' : `, WIP limit ${state.wipLimit}`}`,
      warning:
        excess > 0
          ? withSource(
              `Over its WIP limit by ${excess}: finish or unblock work here before pulling more in`,
              'kanban',
              'activeManagement'
            )
          : null,
      entryPolicy: state.entryPolicy,
      exitPolicy: state.exitPolicy,
      cards: ordered.slice(0, shown).map((item) => card(item, data.today, data.sle)),
      hidden: Math.max(0, count - shown)
    }
  })
  const over = columns.filter((c) => c.excess > 0)
  const alert =
    over.length === 0
      ? null
      : `${over.map((c) => `${c.name} holds ${c.count} against a limit of ${c.wipLimit}`).join('; ')}. ${withSource('Stop starting, start finishing', 'kanban', 'activeManagement')}`
  return { columns, alert }
}

function card(item: FlowData['items'][number], today: string, sle: ServiceLevelExpectation | null): BoardCard {
  const ageDays =
    item.startedOn !== null && item.finishedOn === null && item.stateCategory === 'in_progress'
      ? workItemAge(item.startedOn, today)
      : null
  return {
    id: item.id,
    key: item.key,
    title: item.title,
    ageDays,
    pastSle: ageDays !== null && sle !== null && ageDays > sle.days
  }
}
