import type { FlowData } from '@shared/api/methods/flow'
import {
  addDays,
  countWorkingDays,
  cutLine,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  forecastStart,
  formatProbability,
  indexCalendar,
  isIsoDay,
  parseWholeNumber,
  readSettings,
  velocityPlan,
  type CutLineBand,
  type CutLineRow,
  type HowManyForecast,
  type Refusal,
  type VelocityPlan,
  type WorkingCalendar
} from '@shared/domain/flow'
import { isOpenCategory, type StateCategory } from '@shared/domain/backlog'
import type { CheckedRun } from '../worker/jobs'
import { throughputHistory } from './forecastForm'
import { formatDay } from './format'

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

/** A cut line row says what the items below it are likely to make. */
export function cutLineText(band: CutLineBand): string {
  return `Cut line: items below are ${band === 'possible' ? 'possible (50% to 85%)' : 'unlikely (below 50%)'} by the target`
}

/** Where the velocity plan puts an item, and whether that Sprint ends after the target. */
export function plannedSprintText(row: Pick<ReleaseRow, 'sprint' | 'sprintEnd' | 'plannedByTarget'>): string {
  if (row.sprint === null || row.sprintEnd === null) return '–'
  return `Sprint ${row.sprint}, ends ${formatDay(row.sprintEnd)}${row.plannedByTarget ? '' : ' (after the target)'}`
}

/** The flow forecast's answer beside the velocity plan: the table's rows and the counts above it. */
export function releaseComparison(
  items: readonly OpenBacklogItem[],
  forecast: HowManyForecast,
  plan: VelocityPlan | Refusal,
  target: string
): { rows: ReleaseRow[]; summary: ReturnType<typeof releaseSummary> } {
  const rows = releaseRows(
    items,
    cutLine(
      items.map((i) => ({ id: i.id })),
      forecast
    ),
    plan.ok ? plan : null,
    target
  )
  return { rows, summary: releaseSummary(rows) }
}

/** How many past Sprints the "from history" velocity averages. */
export const SPRINTS_TO_AVERAGE = 3

/** The release form as typed: text, checked only when the user compares. */
export interface ReleaseFormValues {
  target: string
  windowDays: string
  trials: string
  seed: string
  /** Working days. */
  sprintLength: string
  velocitySource: 'history' | 'entered'
  /** Points per Sprint, used when the source is "entered". */
  enteredVelocity: string
}

/** Six weeks ahead, two-week Sprints, and the velocity of the recent Sprints. */
export function defaultReleaseValues(today: string, seed: number): ReleaseFormValues {
  return {
    target: addDays(today, 42),
    windowDays: String(DEFAULT_WINDOW_DAYS),
    trials: String(DEFAULT_TRIALS),
    seed: String(seed),
    sprintLength: '10',
    velocitySource: 'history',
    enteredVelocity: '20'
  }
}

export type PastSprint = ReturnType<typeof pointsPerPastSprint>[number]

/** The Sprints a "from history" velocity averages; none while the Sprint length is not a whole number of days. */
export function recentSprints(
  data: Pick<FlowData, 'items' | 'calendar' | 'today'>,
  sprintLength: string
): PastSprint[] {
  const length = parseWholeNumber(sprintLength)
  return length && length > 0
    ? pointsPerPastSprint(data.items, data.calendar, data.today, length, SPRINTS_TO_AVERAGE)
    : []
}

/** The "from history" choice shows the points it would average. */
export function historyVelocityLabel(sprints: readonly PastSprint[]): string {
  return `From the last ${SPRINTS_TO_AVERAGE} Sprints (${sprints.map((s) => s.points).join(', ') || 'none'} points)`
}

/** The velocity plan from the form's Sprint length and velocity, Sprints starting with the forecast; or why there is none. */
export function releaseVelocityPlan(
  values: ReleaseFormValues,
  context: {
    openItems: readonly OpenBacklogItem[]
    pastSprints: readonly PastSprint[]
    today: string
    calendar: WorkingCalendar
  }
): VelocityPlan | Refusal {
  const length = parseWholeNumber(values.sprintLength)
  if (!length || length < 1) return { ok: false, reason: 'Enter a Sprint length of at least one working day.' }
  const fromHistory = values.velocitySource === 'history'
  const entered = Number(values.enteredVelocity)
  if (!fromHistory && !(entered > 0)) return { ok: false, reason: 'Enter a velocity above 0 points per Sprint.' }
  const result = velocityPlan({
    backlog: context.openItems.map((i) => ({ id: i.id, points: i.estimate })),
    completedPointsPerSprint: fromHistory ? context.pastSprints.map((s) => s.points) : [entered],
    sprintsToAverage: fromHistory ? SPRINTS_TO_AVERAGE : 1,
    sprintLengthWorkingDays: length,
    firstSprintStart: forecastStart(context.today),
    calendar: context.calendar
  })
  if (!result.ok || fromHistory) return result
  // The engine words velocity as an average of past Sprints; an entered figure is the user's own.
  return {
    ...result,
    assumptions: [`Velocity is ${entered} points per Sprint, as you entered it.`, ...result.assumptions.slice(1)]
  }
}

/** A velocity as the plan's summary writes it: one decimal at most. */
export function velocityFigure(velocity: number): number {
  return Math.round(velocity * 10) / 10
}

/** What a comparison ran for; its answer is described with these, whatever the form says since. */
export interface ReleaseRun {
  target: string
  windowDays: number
  throughput: number[]
}

/** Checks the form and turns it into a "how many" forecast from tomorrow to the target date. */
export function checkReleaseRun(
  values: ReleaseFormValues,
  data: Pick<FlowData, 'items' | 'calendar' | 'today'>
): CheckedRun<ReleaseRun> {
  const firstDay = forecastStart(data.today)
  if (!isIsoDay(values.target) || values.target < firstDay)
    return { ok: false, problem: `Choose a target date from ${formatDay(firstDay)} on.` }
  const settings = readSettings({ windowDays: values.windowDays, trials: values.trials, seed: values.seed })
  if (!settings.ok) return { ok: false, problem: settings.message }
  const { windowDays, trials, seed } = settings.values
  const days = countWorkingDays(data.calendar, firstDay, values.target)
  if (days < 1) return { ok: false, problem: 'There is no working day before the target date: choose a later one.' }
  const throughput = throughputHistory(data.items, data.today, windowDays, data.calendar)
  return {
    ok: true,
    ran: { target: values.target, windowDays, throughput },
    job: { kind: 'how-many', dailyThroughput: throughput, days, trials, seed, exact: false }
  }
}
