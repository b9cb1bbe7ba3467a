import {
  addDays,
  formatProbability,
  indexCalendar,
  type CutLineBand,
  type CutLineRow,
  type VelocityPlan,
  type WorkingCalendar
} from '@shared/domain/flow'
import { isOpenCategory, type StateCategory } from '@shared/domain/backlog'

export interface OpenBacklogItem {
  id: number
  key: string
  title: string
  estimate: number | null
}

/** The items still to do (not done, not removed), in backlog order: what "when" and the release view forecast. */
export function openItems(
  items: readonly { id: number; key: string; title: string; estimate: number | null; stateCategory: StateCategory }[]
): OpenBacklogItem[] {
  return items
    .filter((i) => isOpenCategory(i.stateCategory))
    .map(({ id, key, title, estimate }) => ({ id, key, title, estimate }))
}

/**
 * Points finished in each of the last `count` Sprints, oldest first, taking Sprints as blocks of
 * `sprintLength` working days that end today. A finish on a day off counts in the Sprint it falls in.
 * Unestimated items add no points, as in a velocity chart.
 */
export function pointsPerPastSprint(
  items: readonly { estimate: number | null; finishedOn: string | null }[],
  calendar: WorkingCalendar,
  today: string,
  sprintLength: number,
  count: number
): { start: string; end: string; points: number }[] {
  const index = indexCalendar(calendar)
  // Walk back from today: each Sprint starts on its first working day, and ends the day before the next one starts.
  const sprints: { start: string; end: string; points: number }[] = []
  let end = today
  let day = today
  for (let s = 0; s < count; s++) {
    let workingDays = 0
    let start = day
    while (workingDays < sprintLength) {
      if (index.isWorkingDay(day)) {
        workingDays++
        start = day
      }
      day = addDays(day, -1)
    }
    sprints.unshift({ start, end, points: 0 })
    end = addDays(start, -1)
  }
  for (const item of items) {
    if (!item.finishedOn || item.estimate === null) continue
    const sprint = sprints.find((s) => item.finishedOn! >= s.start && item.finishedOn! <= s.end)
    if (sprint) sprint.points += item.estimate
  }
  return sprints
}

export const BAND_LABELS: Record<CutLineBand, string> = {
  likely: 'Likely',
  possible: 'Possible',
  unlikely: 'Unlikely'
}

export interface ReleaseRow {
  position: number
  id: number
  key: string
  title: string
  estimate: number | null
  probability: number
  probabilityText: string
  band: CutLineBand
  /** Set on the first row of a new band: where the cut line is drawn above this row. */
  cutAbove: CutLineBand | null
  sprint: number | null
  sprintEnd: string | null
  /** Does the velocity plan put the item's Sprint end on or before the target? */
  plannedByTarget: boolean | null
}

/** The flow forecast and the velocity plan side by side, one row per open item in backlog order. */
export function releaseRows(
  items: readonly OpenBacklogItem[],
  cut: readonly CutLineRow[],
  plan: VelocityPlan | null,
  target: string
): ReleaseRow[] {
  const planned = new Map(plan?.items.map((p) => [p.id, p]) ?? [])
  return items.map((item, i) => {
    const row = cut[i]!
    const previous = cut[i - 1]
    const sprint = planned.get(item.id)
    return {
      position: i + 1,
      id: item.id,
      key: item.key,
      title: item.title,
      estimate: item.estimate,
      probability: row.probability,
      probabilityText: formatProbability(row.probability),
      band: row.band,
      cutAbove: previous && previous.band !== row.band ? row.band : null,
      sprint: sprint?.sprint ?? null,
      sprintEnd: sprint?.sprintEnd ?? null,
      plannedByTarget: sprint ? sprint.sprintEnd <= target : null
    }
  })
}

/** How many items each method expects by the target, for the summary above the table. */
export function releaseSummary(rows: readonly ReleaseRow[]): {
  likely: number
  possible: number
  plannedByTarget: number
} {
  return {
    likely: rows.filter((r) => r.band === 'likely').length,
    possible: rows.filter((r) => r.band === 'possible').length,
    plannedByTarget: rows.filter((r) => r.plannedByTarget).length
  }
}
